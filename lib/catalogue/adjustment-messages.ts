import { formatVietnameseNumber } from "@/lib/format/number";
import { MAX_CAPITAL_TY, type CapitalField, type FacetField, type QueryAdjustment } from "./catalogue-query";
import { SORT_LABELS, defaultSort } from "./catalogue-sort";

const CAPITAL_LABELS: Record<CapitalField, string> = { minCapital: "Vốn từ", maxCapital: "Vốn đến" };

const FACETS: Record<FacetField, { noun: string; all: string }> = {
  sector: { noun: "ngành / lĩnh vực", all: "mọi ngành" },
  location: { noun: "địa bàn", all: "mọi địa bàn" },
  form: { noun: "hình thức đầu tư", all: "mọi hình thức đầu tư" },
};

/** The short message shown under a capital input the catalogue could not read. */
export function capitalFieldMessage(adjustment: Extract<QueryAdjustment, { field: CapitalField }>): string {
  return adjustment.kind === "capital-unreadable"
    ? `Không đọc được số “${adjustment.input}”. Ví dụ cách nhập: 1.000 hoặc 1,5.`
    : `Số tiền phải từ 0 đến ${formatVietnameseNumber(MAX_CAPITAL_TY)} tỷ đồng.`;
}

/** What the catalogue tells the visitor about one thing it ignored or changed in the address. */
export function adjustmentMessage(adjustment: QueryAdjustment, q: string): string {
  switch (adjustment.kind) {
    case "capital-unreadable":
      return (
        `Không đọc được số “${adjustment.input}” trong ô “${CAPITAL_LABELS[adjustment.field]}”, nên điều kiện này chưa được áp dụng. ` +
        "Vui lòng nhập số tỷ đồng, ví dụ 1.000 (một nghìn) hoặc 1,5 (một phẩy năm)."
      );
    case "capital-out-of-range":
      return (
        `Số “${adjustment.input}” trong ô “${CAPITAL_LABELS[adjustment.field]}” nằm ngoài khoảng 0 – ` +
        `${formatVietnameseNumber(MAX_CAPITAL_TY)} tỷ đồng, nên điều kiện này chưa được áp dụng.`
      );
    case "capital-swapped":
      return "Vốn “từ” lớn hơn vốn “đến”, nên hai giá trị đã được đổi chỗ cho nhau.";
    case "unknown-code": {
      const facet = FACETS[adjustment.field];
      return `Không có ${facet.noun} mã “${adjustment.input}” trong danh mục (mã có thể đã thay đổi), nên đang hiển thị dự án của ${facet.all}.`;
    }
    case "unknown-sort":
      return `Không có cách sắp xếp “${adjustment.input}”, nên kết quả được sắp xếp theo “${SORT_LABELS[defaultSort(q)]}”.`;
    case "page-unreadable":
      return `Số trang “${adjustment.input}” không hợp lệ, nên đang hiển thị trang 1.`;
    case "page-past-end":
      return (
        `Kết quả hiện có ${formatVietnameseNumber(adjustment.pageCount)} trang, không có trang ` +
        `${formatVietnameseNumber(adjustment.requested)}, nên đang hiển thị trang cuối.`
      );
    case "keyword-shortened":
      return `Từ khóa dài hơn ${adjustment.maxLength} ký tự, nên chỉ phần đầu được dùng để tìm.`;
  }
}
