import { describe, expect, it } from "vitest";
import { projectFreshness } from "./freshness";

describe("projectFreshness", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("counts whole days since the last confirmation", () => {
    expect(projectFreshness(new Date("2026-11-20T12:00:00Z"), 180, now)).toMatchObject({ ageDays: 6, stale: false });
  });

  it("is stale only past the period", () => {
    const onTheDay = new Date(now.getTime() - 180 * 86_400_000);
    expect(projectFreshness(onTheDay, 180, now).stale).toBe(false);
    expect(projectFreshness(new Date(onTheDay.getTime() - 86_400_000), 180, now).stale).toBe(true);
    expect(projectFreshness(new Date(onTheDay.getTime() - 86_400_000), 365, now).stale).toBe(false);
  });

  it("never gives a negative age for a clock slightly behind", () => {
    expect(projectFreshness(new Date(now.getTime() + 60_000), 180, now).ageDays).toBe(0);
  });
});
