import { describe, expect, it } from "vitest";
import { isOnTime, quarterLabel, quarterOf, quarterRange, reportDeadline, upcomingDeadline, type Quarter } from "./quarter";

const at = (iso: string) => new Date(iso);

describe("reporting deadline (Vietnam time)", () => {
  const cases: [Quarter, string][] = [
    [{ year: 2026, quarter: 1 }, "2026-03-15"],
    [{ year: 2026, quarter: 2 }, "2026-06-15"],
    [{ year: 2026, quarter: 3 }, "2026-09-15"],
    [{ year: 2026, quarter: 4 }, "2026-12-15"],
  ];
  it.each(cases)("%o is due by 23:59 on %s", (period, day) => {
    // 23:59 Vietnam time is 16:59 UTC; 00:00 on the 16th is 17:00 UTC on the 15th.
    expect(isOnTime(at(`${day}T16:59:00Z`), period)).toBe(true);
    expect(isOnTime(at(`${day}T16:59:59.999Z`), period)).toBe(true);
    expect(isOnTime(at(`${day}T17:00:00Z`), period)).toBe(false);
    expect(reportDeadline(period).toISOString()).toBe(`${day}T16:59:59.999Z`);
  });

  it("places an instant in its Vietnam-time quarter across the year boundary", () => {
    expect(quarterOf(at("2026-12-31T16:59:59Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(at("2026-12-31T17:00:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(quarterRange({ year: 2027, quarter: 1 }).start.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(quarterRange({ year: 2026, quarter: 4 }).end.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });

  it("counts the days left to the next deadline, moving to the next quarter once it passed", () => {
    expect(upcomingDeadline(at("2026-11-26T12:00:00Z"))).toMatchObject({ period: { year: 2026, quarter: 4 }, daysLeft: 19 });
    expect(upcomingDeadline(at("2026-12-15T16:00:00Z"))).toMatchObject({ period: { year: 2026, quarter: 4 }, daysLeft: 0 });
    expect(upcomingDeadline(at("2026-12-15T17:00:00Z"))).toMatchObject({ period: { year: 2027, quarter: 1 } });
    expect(quarterLabel({ year: 2026, quarter: 4 })).toBe("Quý IV/2026");
  });
});
