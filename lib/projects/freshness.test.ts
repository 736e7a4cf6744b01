import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/time/day";
import { projectFreshness, staleBefore } from "./freshness";

describe("projectFreshness", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const confirmed = (days: number) => ({ lastConfirmedAt: ago(days), publishedAt: ago(400) });

  it("is stale once more than 180 full days have passed, to the millisecond", () => {
    expect(projectFreshness(confirmed(6), now, 180).stale).toBe(false);
    expect(projectFreshness(confirmed(180), now, 180).stale).toBe(false);
    expect(projectFreshness({ lastConfirmedAt: new Date(ago(180).getTime() - 1), publishedAt: null }, now, 180).stale).toBe(true);
    // Half a day past the period is past it, though a count of whole days would still read 180.
    expect(projectFreshness(confirmed(180.5), now, 180).stale).toBe(true);
    expect(projectFreshness(confirmed(180.5), now, 365).stale).toBe(false);
  });

  it("draws the database filter's line at the same instant", () => {
    expect(staleBefore(now, 180)).toEqual(ago(180));
  });

  it("counts from the last confirmation, else from publication", () => {
    expect(projectFreshness(confirmed(3), now, 180)).toEqual({ confirmedAt: ago(3), stale: false });
    expect(projectFreshness({ lastConfirmedAt: null, publishedAt: ago(200) }, now, 180)).toEqual({
      confirmedAt: ago(200),
      stale: true,
    });
    expect(projectFreshness({ lastConfirmedAt: null, publishedAt: null }, now, 180)).toEqual({ confirmedAt: null, stale: false });
  });

  it("is not stale for a confirmation a clock slightly ahead put in the future", () => {
    expect(projectFreshness({ lastConfirmedAt: new Date(now.getTime() + 60_000), publishedAt: null }, now, 180).stale).toBe(
      false,
    );
  });
});
