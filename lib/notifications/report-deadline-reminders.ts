import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/date";
import { quarterLabel } from "@/lib/reports/quarter";
import { reportingUnits } from "@/lib/reports/quarterly-reports";
import { enqueueNotice, noticeRecipients, type Notice } from "./notice-mail";
import { dueReminder, type DueReminder } from "./notice-schedule";
import { sendNoticesOnce } from "./send-notice-once";

function reminderNotice(reminder: DueReminder, unitName: string, hasDraft: boolean): Notice {
  const { period, deadline, daysLeft } = reminder;
  const left = daysLeft === 0 ? "hôm nay là ngày cuối" : `còn ${daysLeft} ngày`;
  return {
    kind: "report.deadline",
    subject: `Nhắc hạn gửi báo cáo ${quarterLabel(period, true)}: ${left}`,
    paragraphs: [
      `Đến nay ${unitName} chưa gửi báo cáo ${quarterLabel(period, true)}${hasDraft ? " (đơn vị đã có bản nháp nhưng chưa gửi)" : ""}. ` +
        `Hạn gửi là 23:59 ngày ${formatDate(deadline)} (${left}).`,
      "Cổng thông tin đã tự điền các số liệu về dự án của đơn vị; đơn vị chỉ cần bổ sung phần còn lại rồi gửi báo cáo.",
    ],
    links: [{ label: "Lập và gửi báo cáo", path: `/reports?period=${period.year}-${period.quarter}` }],
  };
}

/**
 * The reminder due now, to every reporting unit that has not submitted its report for the quarter:
 * once per unit and reminder, however many servers run this.
 */
export async function enqueueDeadlineReminders(db: PrismaClient, now: Date): Promise<string[]> {
  const reminder = dueReminder(now);
  if (!reminder) return [];
  const { year, quarter } = reminder.period;
  const units = await db.organization.findMany({
    where: { ...reportingUnits, reports: { none: { year, quarter, status: "SUBMITTED" } } },
    select: { id: true, name: true, reports: { where: { year, quarter }, select: { id: true } } },
  });
  const byKey = new Map(units.map((unit) => [`report-deadline:${year}-Q${quarter}:${reminder.daysBefore}:${unit.id}`, unit]));
  return sendNoticesOnce(db, [...byKey.keys()], async (tx, key) => {
    const unit = byKey.get(key)!;
    const recipients = await noticeRecipients(tx, "report.deadline", { organizationId: unit.id });
    await enqueueNotice(tx, recipients, reminderNotice(reminder, unit.name, unit.reports.length > 0));
  });
}
