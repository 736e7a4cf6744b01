import { describe, expect, it } from "vitest";
import { alertPeriod, digestDue, digestWindowStart } from "./alert-period";

const at = (iso: string) => new Date(iso);

describe("digest periods", () => {
  it("are days starting at 07:00 Vietnam time (00:00 UTC)", () => {
    expect(alertPeriod("DAILY", at("2026-11-30T00:00:00Z"))).toEqual({ key: "D2026-11-30", start: at("2026-11-30T00:00:00Z") });
    expect(alertPeriod("DAILY", at("2026-11-30T23:59:59.999Z")).key).toBe("D2026-11-30");
    // 06:59 on 1 December in Vietnam is still the day that began at 07:00 on 30 November.
    expect(alertPeriod("DAILY", at("2026-11-30T23:59:00Z")).key).toBe("D2026-11-30");
    expect(alertPeriod("DAILY", at("2026-12-01T00:00:00Z")).key).toBe("D2026-12-01");
  });

  it("or weeks from Monday 07:00 Vietnam time, across months and years", () => {
    // 30 November 2026 is a Monday.
    expect(alertPeriod("WEEKLY", at("2026-11-30T00:00:00Z"))).toEqual({ key: "W2026-11-30", start: at("2026-11-30T00:00:00Z") });
    expect(alertPeriod("WEEKLY", at("2026-12-06T23:59:59Z")).key).toBe("W2026-11-30");
    expect(alertPeriod("WEEKLY", at("2026-11-29T23:59:59Z")).key).toBe("W2026-11-23");
    // 1 January 2027 is a Friday: its week began on Monday 28 December 2026.
    expect(alertPeriod("WEEKLY", at("2027-01-01T12:00:00Z")).key).toBe("W2026-12-28");
  });
});

describe("whether a subscription's digest is due", () => {
  const confirmed = { confirmedAt: at("2026-11-30T03:00:00Z"), digestedUntil: null };

  it("never before confirmation", () => {
    expect(digestDue({ frequency: "DAILY", confirmedAt: null, lastPeriod: null }, at("2026-12-05T00:00:00Z"))).toBe(false);
  });

  it("once per period: at the first look after confirmation, then again only in the next period", () => {
    const now = at("2026-11-30T03:15:00Z");
    expect(digestDue({ frequency: "DAILY", ...confirmed, lastPeriod: null }, now)).toBe(true);
    expect(digestDue({ frequency: "DAILY", ...confirmed, lastPeriod: "D2026-11-30" }, now)).toBe(false);
    expect(digestDue({ frequency: "DAILY", ...confirmed, lastPeriod: "D2026-11-30" }, at("2026-12-01T00:00:00Z"))).toBe(true);
    expect(digestDue({ frequency: "WEEKLY", ...confirmed, lastPeriod: "W2026-11-30" }, at("2026-12-06T23:00:00Z"))).toBe(false);
    expect(digestDue({ frequency: "WEEKLY", ...confirmed, lastPeriod: "W2026-11-30" }, at("2026-12-07T00:00:00Z"))).toBe(true);
  });

  it("covers what changed since the last digest, or since confirmation", () => {
    expect(digestWindowStart(confirmed)).toEqual(at("2026-11-30T03:00:00Z"));
    expect(digestWindowStart({ ...confirmed, digestedUntil: at("2026-12-01T00:05:00Z") })).toEqual(at("2026-12-01T00:05:00Z"));
  });
});
