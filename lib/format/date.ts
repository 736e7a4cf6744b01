/** Dates are shown as people in the province read them: dd/mm/yyyy, in Vietnam time. */
const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

export function formatDate(date: Date | null | undefined): string {
  if (!date) return "—";
  return dateFormatter.format(date);
}

const dateTimeFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "15/03/2026 23:59", Vietnam time. */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "—";
  return dateTimeFormatter.format(date).replace(",", "");
}
