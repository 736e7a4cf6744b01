import { describe, expect, it } from "vitest";
import { complianceCsv, type ComplianceCsvRow } from "./compliance-csv";

const rows: ComplianceCsvRow[] = [
  {
    organization: "UBND huyện Kiên Lương",
    state: "on-time",
    submittedAt: new Date("2026-12-15T16:59:00Z"),
    figures: {
      filed: 2,
      published: 1,
      updated: 0,
      confirmed: 3,
      staleAtEnd: 0,
      enquiries: 3,
      enquiriesAnswered: 2,
      medianReplyHours: 5.5,
    },
    newsPosted: 12,
    documentsPublished: 4,
    promotionItems: 1,
    difficulties: "Thiếu cán bộ; máy chủ cũ.\nĐường truyền chậm, hay mất.",
    proposals: "- Bổ sung kinh phí",
  },
  {
    organization: '=HYPERLINK("x") "Sở"',
    state: "missing",
    submittedAt: null,
    figures: null,
    newsPosted: null,
    documentsPublished: null,
    promotionItems: null,
    difficulties: null,
    proposals: null,
  },
];

describe("complianceCsv", () => {
  const csv = complianceCsv(rows);

  it("starts with a BOM and a Vietnamese header, one CRLF record per unit", () => {
    expect(csv.startsWith('\uFEFF"Đơn vị","Tình trạng"')).toBe(true);
    expect(csv).toContain('"Khó khăn, vướng mắc","Đề xuất, kiến nghị"\r\n');
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv).toContain('"UBND huyện Kiên Lương","Đúng hạn","15/12/2026 23:59","2","1","0","3","0","3","2","5.5","12","4","1"');
  });

  it("carries the written parts whole, line breaks and separators inside quotes", () => {
    expect(csv).toContain('"Thiếu cán bộ; máy chủ cũ.\nĐường truyền chậm, hay mất."');
  });

  it("quotes text and defuses formulas, a leading dash included", () => {
    expect(csv).toContain('"\'=HYPERLINK(""x"") ""Sở""","Chưa nộp",""');
    expect(csv).toContain('"\'- Bổ sung kinh phí"');
  });

  it("separates with semicolons for Excel set to Vietnamese, the same cells otherwise", () => {
    const semicolon = complianceCsv(rows, "semicolon");
    expect(semicolon.startsWith('\uFEFF"Đơn vị";"Tình trạng"')).toBe(true);
    expect(semicolon).toContain('"UBND huyện Kiên Lương";"Đúng hạn";"15/12/2026 23:59";"2";"1"');
    expect(semicolon).toContain('"Thiếu cán bộ; máy chủ cũ.\nĐường truyền chậm, hay mất."');
    expect(semicolon.replaceAll('";"', '","')).toBe(csv);
  });
});
