import { describe, expect, it } from "vitest";
import { removeInvisibleFormatting } from "./invisible-characters";

describe("removeInvisibleFormatting", () => {
  it("removes bidirectional overrides, isolates, zero-width characters and the byte-order mark", () => {
    const hidden = [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200B",
      "\u200C",
      "\u200D",
      "\u200E",
      "\u200F",
      "\uFEFF",
    ];
    for (const character of hidden) expect(removeInvisibleFormatting(`Cảng${character} cá`)).toBe("Cảng cá");
    expect(removeInvisibleFormatting("to-trinh\u202Efdp.exe")).toBe("to-trinhfdp.exe");
  });

  it("leaves Vietnamese letters, combining marks and ordinary spaces alone", () => {
    const text = "Đường ven biển Rạch Giá – Hòn Đất\n\tQuy mô: 1.250,5 tỷ đồng";
    expect(removeInvisibleFormatting(text)).toBe(text);
    expect(removeInvisibleFormatting("Đu\u0301o\u0302ng")).toBe("Đu\u0301o\u0302ng");
  });
});
