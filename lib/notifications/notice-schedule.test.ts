import { describe, expect, it } from "vitest";
import { digestMonth, dueReminder, reminderDueAt } from "./notice-schedule";

// Vietnam time is UTC+7: 08:00 there is 01:00 UTC.
const at = (iso: string) => new Date(iso);

describe("report deadline reminders", () => {
  it("fall due at 08:00 Vietnam time 10 and 3 days before the deadline's day", () => {
    expect(reminderDueAt({ year: 2026, quarter: 4 }, 10).toISOString()).toBe("2026-12-05T01:00:00.000Z");
    expect(reminderDueAt({ year: 2026, quarter: 4 }, 3).toISOString()).toBe("2026-12-12T01:00:00.000Z");
    expect(reminderDueAt({ year: 2027, quarter: 1 }, 10).toISOString()).toBe("2027-03-05T01:00:00.000Z");
  });

  it("is the latest reminder whose time has come, until the deadline passes", () => {
    expect(dueReminder(at("2026-12-05T00:59:59.999Z"))).toBeNull();
    expect(dueReminder(at("2026-12-05T01:00:00.000Z"))).toMatchObject({
      period: { year: 2026, quarter: 4 },
      daysBefore: 10,
      daysLeft: 10,
    });
    expect(dueReminder(at("2026-12-11T12:00:00.000Z"))).toMatchObject({ daysBefore: 10, daysLeft: 4 });
    expect(dueReminder(at("2026-12-12T01:00:00.000Z"))).toMatchObject({ daysBefore: 3, daysLeft: 3 });
    // 23:59 on the 15th, Vietnam time, is still on time; a minute later the next quarter's deadline counts.
    expect(dueReminder(at("2026-12-15T16:59:00.000Z"))).toMatchObject({ daysBefore: 3, daysLeft: 0 });
    expect(dueReminder(at("2026-12-15T17:00:00.000Z"))).toBeNull();
    expect(dueReminder(at("2027-01-20T03:00:00.000Z"))).toBeNull();
  });
});

describe("stale-project digest", () => {
  it("belongs to the month that began at 08:00 on the 1st, Vietnam time", () => {
    expect(digestMonth(at("2026-12-01T00:59:59.000Z"))).toEqual({ year: 2026, month: 11 });
    expect(digestMonth(at("2026-12-01T01:00:00.000Z"))).toEqual({ year: 2026, month: 12 });
    expect(digestMonth(at("2026-12-31T16:59:00.000Z"))).toEqual({ year: 2026, month: 12 });
    expect(digestMonth(at("2027-01-01T00:30:00.000Z"))).toEqual({ year: 2026, month: 12 });
    expect(digestMonth(at("2027-01-01T01:00:00.000Z"))).toEqual({ year: 2027, month: 1 });
  });
});
