import { describe, expect, it } from "vitest";
import { complianceCsv } from "./compliance-csv";

describe("complianceCsv", () => {
  const csv = complianceCsv([
    {
      organization: "UBND huyện Kiên Lương",
      state: "on-time",
      submittedAt: new Date("2026-12-15T16:59:00Z"),
      figures: { filed: 2, published: 1, updated: 0, confirmed: 3, staleAtEnd: 0 },
      newsPosted: 12,
      documentsPublished: 4,
      promotionItems: 1,
    },
    { organization: '=HYPERLINK("x") "Sở"', state: "missing", submittedAt: null, figures: null, newsPosted: null, documentsPublished: null, promotionItems: null },
  ]);

  it("starts with a BOM and a Vietnamese header, one CRLF line per unit", () => {
    expect(csv.startsWith("\uFEFF\"Đơn vị\",\"Tình trạng\"")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv).toContain('"UBND huyện Kiên Lương","Đúng hạn","15/12/2026 23:59","2","1","0","3","0","12","4","1"');
  });

  it("quotes text and defuses formulas", () => {
    expect(csv).toContain('"\'=HYPERLINK(""x"") ""Sở""","Chưa nộp",""');
  });
});
