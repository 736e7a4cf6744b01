/** What the portal itself knows about a unit's quarter; frozen into the report when it is submitted. */
export interface ReportFigures {
  filed: number;
  published: number;
  updated: number;
  confirmed: number;
  staleAtEnd: number;
  /** Expressions of interest received in the quarter (absent from reports frozen before they existed). */
  enquiries?: number;
  /** Of those, how many the unit has answered. */
  enquiriesAnswered?: number;
  /** Median hours from an enquiry to the unit's first reply, over the answered ones; null when none is. */
  medianReplyHours?: number | null;
}

export const FIGURE_LABELS: Record<keyof ReportFigures, string> = {
  filed: "Dự án gửi duyệt trong quý",
  published: "Dự án được công bố trong quý",
  updated: "Dự án được cập nhật trong quý",
  confirmed: "Dự án được xác nhận còn hiệu lực",
  staleAtEnd: "Dự án quá hạn xác nhận",
  enquiries: "Lượt nhà đầu tư quan tâm",
  enquiriesAnswered: "Lượt quan tâm đã trả lời",
  medianReplyHours: "Trả lời lần đầu sau (giờ, trung vị)",
};

export const FIGURE_KEYS = Object.keys(FIGURE_LABELS) as (keyof ReportFigures)[];

const hours = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/**
 * A figure as the page shows it: "—" for one the report was frozen without (sent before the portal
 * counted it) or a median with nothing to measure; hours to a tenth, with a decimal comma.
 */
export function formatFigure(key: keyof ReportFigures, figures: ReportFigures): string {
  const value = figures[key];
  return value === undefined || value === null ? "—" : hours.format(value);
}

/** What "quá hạn xác nhận" is measured against, said once beside the figures. */
export const STALE_FIGURE_NOTE = "Số dự án quá hạn xác nhận được tính đến cuối quý, hoặc đến hôm nay nếu quý chưa kết thúc.";

/** How the enquiry figures are counted, said once beside them. */
export const ENQUIRY_FIGURE_NOTE =
  "Lượt quan tâm tính theo ngày nhà đầu tư gửi; thời gian trả lời là trung vị từ lúc gửi đến lần trả lời đầu tiên của đơn vị, trên các lượt đã trả lời.";
