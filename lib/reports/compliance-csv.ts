import { toCsv, type CsvSeparator } from "@/lib/csv/csv";
import { formatDateTime } from "@/lib/format/date";
import type { ComplianceState } from "./quarterly-reports";
import { FIGURE_KEYS, FIGURE_LABELS, type ReportFigures } from "./report-figure-labels";
import { UNIT_FIELD_LABELS } from "./report-schema";

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
  difficulties: string | null;
  proposals: string | null;
}

/** The board as CSV in UTF-8 with a BOM, so Excel shows Vietnamese correctly. */
export function complianceCsv(rows: ComplianceCsvRow[], separator: CsvSeparator = "comma"): string {
  const header = [
    "Đơn vị",
    "Tình trạng",
    "Thời điểm nộp",
    ...FIGURE_KEYS.map((key) => FIGURE_LABELS[key]),
    "Tin, bài đã đăng",
    "Văn bản đã công bố",
    "Nội dung xúc tiến đầu tư",
    UNIT_FIELD_LABELS.difficulties,
    UNIT_FIELD_LABELS.proposals,
  ];
  const lines = rows.map((row) => [
    row.organization,
    STATE_LABELS[row.state],
    row.submittedAt ? formatDateTime(row.submittedAt) : "",
    ...FIGURE_KEYS.map((key) => row.figures?.[key] ?? null),
    row.newsPosted,
    row.documentsPublished,
    row.promotionItems,
    row.difficulties,
    row.proposals,
  ]);
  return toCsv(header, lines, separator);
}
