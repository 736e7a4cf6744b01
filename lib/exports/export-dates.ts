const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The day a moment falls on in Vietnam, as ISO 8601 ("2026-11-30"): the dates of the CSV export. */
export function vietnamDateIso(moment: Date): string {
  return VIETNAM_DAY.format(moment);
}

/**
 * The same day as a date at midnight UTC: Excel's dates have no time zone, and exceljs writes a
 * Date by its UTC value, so the cell shows the day it was in Vietnam.
 */
export function calendarDate(moment: Date): Date {
  return new Date(`${vietnamDateIso(moment)}T00:00:00Z`);
}
