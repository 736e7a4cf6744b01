import { reportDeadline, upcomingDeadline, VIETNAM_OFFSET_HOURS, type Quarter } from "@/lib/reports/quarter";
import { DAY_MS } from "@/lib/time/day";

// When scheduled notices fall due, in Vietnam time. Each goes out at the start of a working day
// (08:00), or as soon after as a server is running: a server that was down on the day still sends it
// later, and the notice's key (send-notice-once.ts) keeps it to once.

const SEND_HOUR = 8;
const HOUR_MS = 3_600_000;

/** Reminders before the quarterly report's deadline, in days before the deadline's day, earliest first. */
const REMINDER_DAYS = [10, 3] as const;

export interface DueReminder {
  period: Quarter;
  deadline: Date;
  /** Which reminder: 10 or 3 days before. */
  daysBefore: (typeof REMINDER_DAYS)[number];
  /** Whole days left now, as the unit's dashboard counts them. */
  daysLeft: number;
}

/** The instant a reminder `daysBefore` the deadline of `period` falls due: 08:00 on that day. */
export function reminderDueAt(period: Quarter, daysBefore: number): Date {
  const deadlineDayStart = reportDeadline(period).getTime() + 1 - DAY_MS;
  return new Date(deadlineDayStart - daysBefore * DAY_MS + SEND_HOUR * HOUR_MS);
}

/**
 * The reminder due now for the next deadline: the latest whose time has come (after the 3-day one is
 * due, the 10-day one is no longer worth sending), or null before the first and after the deadline.
 */
export function dueReminder(now: Date): DueReminder | null {
  const { period, deadline, daysLeft } = upcomingDeadline(now);
  const due = REMINDER_DAYS.filter((days) => reminderDueAt(period, days).getTime() <= now.getTime()).at(-1);
  return due === undefined ? null : { period, deadline, daysBefore: due, daysLeft };
}

/** The month whose stale-project digest is due: a digest month starts at 08:00 on the 1st. */
export function digestMonth(now: Date): { year: number; month: number } {
  const shifted = new Date(now.getTime() + (VIETNAM_OFFSET_HOURS - SEND_HOUR) * HOUR_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}
