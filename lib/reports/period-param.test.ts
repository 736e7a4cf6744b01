import { describe, expect, it } from "vitest";
import { periodFromParams, recentQuarters } from "./period-param";

const now = new Date("2026-11-26T12:00:00Z");

describe("periodFromParams", () => {
  it("reads ?period=YYYY-Q and falls back to the current quarter", () => {
    expect(periodFromParams({ period: "2026-2" }, now)).toEqual({ year: 2026, quarter: 2 });
    for (const period of [undefined, "2026-5", "abc", "1999-1", ["2026-1"]]) {
      expect(periodFromParams({ period }, now)).toEqual({ year: 2026, quarter: 4 });
    }
  });

  it("offers the last eight quarters across the year boundary", () => {
    const quarters = recentQuarters(now);
    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toEqual({ year: 2026, quarter: 4 });
    expect(quarters[4]).toEqual({ year: 2025, quarter: 4 });
  });
});
