import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { DAY_MS } from "@/lib/time/day";

// A digest goes out at most once per period: a day, or a week from Monday. Periods start at 00:00 UTC,
// which is 07:00 in Vietnam (UTC+7, no daylight saving): the morning's digest covers the day before,
// and is read at the start of the working day. Pure, so the rule is tested without a clock.

export const ALERT_FREQUENCIES = ["DAILY", "WEEKLY"] as const satisfies readonly AlertFrequency[];

export const ALERT_FREQUENCY_LABELS: Record<AlertFrequency, string> = {
  DAILY: "Hằng ngày",
  WEEKLY: "Hằng tuần (sáng thứ Hai)",
};

export interface AlertPeriod {
  /** Names the period: "D2026-11-30" for a day, "W2026-11-30" for the week starting that Monday. */
  key: string;
  start: Date;
}

const dateKey = (date: Date) => date.toISOString().slice(0, 10);

/** The period `now` lies in, for a subscription of this frequency. */
export function alertPeriod(frequency: AlertFrequency, now: Date): AlertPeriod {
  const day = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  if (frequency === "DAILY") return { key: `D${dateKey(new Date(day))}`, start: new Date(day) };
  // 1 Jan 1970 was a Thursday: Monday is 3 days after the epoch's week boundary.
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = new Date(day - sinceMonday * DAY_MS);
  return { key: `W${dateKey(monday)}`, start: monday };
}

/**
 * Whether a subscription's digest for the period `now` lies in is still to be handled: it is
 * confirmed, and no digest (or empty check) has been recorded for this period yet. The first check
 * after confirmation is due at once, so nothing published right after subscribing is missed.
 */
export function digestDue(
  subscription: { frequency: AlertFrequency; confirmedAt: Date | null; lastPeriod: string | null },
  now: Date,
): boolean {
  if (!subscription.confirmedAt || subscription.confirmedAt > now) return false;
  return subscription.lastPeriod !== alertPeriod(subscription.frequency, now).key;
}

/** Where the next digest's window starts: the end of the last one, or the confirmation. */
export function digestWindowStart(subscription: { confirmedAt: Date | null; digestedUntil: Date | null }): Date | null {
  return subscription.digestedUntil ?? subscription.confirmedAt;
}
