import { formatDate, formatDateTime } from "@/lib/format/date";
import { reportDeadline, type Quarter } from "@/lib/reports/quarter";

/**
 * The deadline as the letter words it ("trước ngày 15"), then the one instant the portal actually
 * closes, so the unit page and the board say the same thing and neither leaves the 15th in doubt.
 */
export function DeadlineNote({ period, className }: { period: Quarter; className?: string }) {
  const deadline = reportDeadline(period);
  const [day, time] = formatDateTime(deadline).split(" ");
  return (
    <p className={className}>
      <strong>Hạn nộp: trước ngày {formatDate(deadline)}</strong> (hệ thống ghi nhận đúng hạn các báo cáo gửi đến {time} ngày{" "}
      {day}, giờ Việt Nam).
    </p>
  );
}
