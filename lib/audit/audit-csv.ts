import { toCsv, type CsvSeparator } from "@/lib/csv/csv";
import { formatDateTime } from "@/lib/format/date";
import { auditActionLabel } from "./audit-labels";
import type { AuditRow } from "./audit-log";

/** The audit log as a spreadsheet: when (Vietnam time), who, what, about which project, details. */
export function auditCsv(rows: AuditRow[], separator: CsvSeparator = "comma"): string {
  const header = [
    "Thời điểm",
    "Người thực hiện",
    "Email",
    "Thao tác",
    "Mã thao tác",
    "Dự án",
    "Từ trạng thái",
    "Sang trạng thái",
    "Chi tiết",
  ];
  return toCsv(
    header,
    rows.map((row) => [
      formatDateTime(row.createdAt),
      row.actor?.name ?? "",
      row.actor?.email ?? "",
      auditActionLabel(row.action),
      row.action,
      row.project?.name ?? "",
      row.fromStatus ?? "",
      row.toStatus ?? "",
      row.comment ?? "",
    ]),
    separator,
  );
}
