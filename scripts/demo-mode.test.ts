import { describe, expect, it } from "vitest";
import { isDemoMode } from "./demo-mode";

describe("isDemoMode", () => {
  it("is on for the embedded SQLite default and off for any other database unless asked", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ PORTAL_DEMO: "false" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://portal@db/portal" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://portal@db/portal", PORTAL_DEMO: "true" })).toBe(true);
  });
});
