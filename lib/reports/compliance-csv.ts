import { formatDateTime } from "@/lib/format/date";
import type { ComplianceState } from "./quarterly-reports";
import { FIGURE_LABELS, type ReportFigures } from "./report-figures";

export const STATE_LABELS: Record<ComplianceState, string> = {
  "on-time": "Đúng hạn",
  late: "Trễ hạn",
  draft: "Đang soạn",
  missing: "Chưa nộp",
};

export interface ComplianceCsvRow {
  organization: string;
  state: ComplianceState;
  submittedAt: Date | null;
  figures: ReportFigures | null;
  newsPosted: number | null;
  documentsPublished: number | null;
  promotionItems: number | null;
}

function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Quote everything; a leading =, +, - or @ would be run as a formula by Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The board as CSV in UTF-8 with a BOM, so Excel shows Vietnamese correctly. */
export function complianceCsv(rows: ComplianceCsvRow[]): string {
  const figureKeys = Object.keys(FIGURE_LABELS) as (keyof ReportFigures)[];
  const header = ["Đơn vị", "Tình trạng", "Thời điểm nộp", ...figureKeys.map((key) => FIGURE_LABELS[key]), "Tin, bài đã đăng", "Văn bản đã công bố", "Nội dung xúc tiến đầu tư"];
  const lines = rows.map((row) =>
    [
      row.organization,
      STATE_LABELS[row.state],
      row.submittedAt ? formatDateTime(row.submittedAt) : "",
      ...figureKeys.map((key) => row.figures?.[key] ?? null),
      row.newsPosted,
      row.documentsPublished,
      row.promotionItems,
    ]
      .map(cell)
      .join(","),
  );
  return `\uFEFF${[header.map(cell).join(","), ...lines].join("\r\n")}\r\n`;
}
