import { describe, expect, it } from "vitest";
import { separatorParam, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes UTF-8 with a BOM, quotes every cell and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["Đơn vị", "Số"],
        [
          ["Sở Tài chính", 3],
          [null, 0],
        ],
      ),
    ).toBe('\uFEFF"Đơn vị","Số"\r\n"Sở Tài chính","3"\r\n"","0"\r\n');
  });

  it("defuses formulas and doubles quotes", () => {
    const csv = toCsv(["x"], [['=HYPERLINK("http://x")'], ["+1"], ["-2"], ["@SUM(A1)"], ["\tlệnh"], ['nói "không"']]);
    expect(csv.split("\r\n").slice(1, 7)).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      '"\'+1"',
      '"\'-2"',
      '"\'@SUM(A1)"',
      '"\'\tlệnh"',
      '"nói ""không"""',
    ]);
  });

  it("separates with semicolons for Excel in Vietnamese when asked", () => {
    expect(toCsv(["a", "b"], [], "semicolon")).toBe('\uFEFF"a";"b"\r\n');
    expect([separatorParam("semicolon"), separatorParam(null), separatorParam("tab")]).toEqual(["semicolon", "comma", "comma"]);
  });
});
