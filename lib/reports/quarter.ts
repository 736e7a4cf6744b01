import { DAY_MS } from "@/lib/time/day";

// Quarters and the reporting deadline, in Vietnam time (UTC+7, no daylight saving): the letter asks
// for the report before the 15th day of the last month of the quarter, read as "by 23:59 on the 15th".
export const VIETNAM_OFFSET_HOURS = 7;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The instant a Vietnam-time wall clock shows (year, month index, day, hour, minute …). */
function vietnamTime(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(Date.UTC(year, monthIndex, day, hour - VIETNAM_OFFSET_HOURS, minute, second, ms));
}

export function quarterOf(date: Date): Quarter {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_HOURS * 3_600_000);
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter["quarter"] };
}

/** First instant of the quarter and first instant of the next, Vietnam time. */
export function quarterRange({ year, quarter }: Quarter): { start: Date; end: Date } {
  return { start: vietnamTime(year, (quarter - 1) * 3, 1), end: vietnamTime(year, quarter * 3, 1) };
}

/** The last instant a report counts as on time: 23:59:59.999 on the 15th of the quarter's last month. */
export function reportDeadline({ year, quarter }: Quarter): Date {
  return vietnamTime(year, quarter * 3 - 1, 15, 23, 59, 59, 999);
}

export function isOnTime(submittedAt: Date, period: Quarter): boolean {
  return submittedAt.getTime() <= reportDeadline(period).getTime();
}

function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter["quarter"] };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter["quarter"] };
}

/** The next deadline from now (this quarter's, or the next one's once it has passed) and whole days left. */
export function upcomingDeadline(now = new Date()): { period: Quarter; deadline: Date; daysLeft: number } {
  let period = quarterOf(now);
  if (now.getTime() > reportDeadline(period).getTime()) period = nextQuarter(period);
  const deadline = reportDeadline(period);
  return { period, deadline, daysLeft: Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS) - 1) };
}

/** "Quý IV/2026" to start a heading; "quý IV/2026" inside a sentence. */
export function quarterLabel({ year, quarter }: Quarter, inSentence = false): string {
  return `${inSentence ? "quý" : "Quý"} ${["I", "II", "III", "IV"][quarter - 1]}/${year}`;
}
