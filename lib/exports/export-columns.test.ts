import { describe, expect, it } from "vitest";
import { FIELD_KEYS } from "@/lib/template/fields";
import { EXPORT_COLUMNS, KIND_LABELS_EN, exportedFieldKeys } from "./export-columns";
import { exportFileName, exportFormatParam } from "./export-formats";

describe("export columns", () => {
  it("carry every field of the template, in the letter's order after the name", () => {
    expect(exportedFieldKeys()).toEqual(["name", ...FIELD_KEYS.filter((key) => key !== "name")]);
  });

  it("have one key and one header each", () => {
    const keys = EXPORT_COLUMNS.map((column) => column.key);
    const labels = EXPORT_COLUMNS.map((column) => column.label);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("say the unit of every amount and describe every column", () => {
    expect(EXPORT_COLUMNS.find((column) => column.key === "capitalTy")!.label).toBe("Tổng vốn đầu tư dự kiến (tỷ đồng)");
    expect(EXPORT_COLUMNS.find((column) => column.key === "capitalUsdMillion")!.label).toBe(
      "Tổng vốn đầu tư dự kiến – tương đương (triệu USD)",
    );
    for (const column of EXPORT_COLUMNS) expect(column.description, column.key).not.toBe("");
  });

  it("have an English name, description and unit for the English data dictionary", () => {
    // A letter outside ASCII in an English text is a Vietnamese word left in it.
    const vietnamese = /(?![\x00-\x7f])\p{L}/u;
    for (const column of EXPORT_COLUMNS) {
      const english = [column.labelEn, column.descriptionEn, column.unitEn ?? "", KIND_LABELS_EN[column.kind]];
      expect(column.labelEn.trim(), column.key).not.toBe("");
      expect(column.descriptionEn.trim(), column.key).not.toBe("");
      expect(Boolean(column.unitEn), column.key).toBe(Boolean(column.unit));
      for (const text of english) expect(text, column.key).not.toMatch(vietnamese);
    }
    const labels = EXPORT_COLUMNS.map((column) => column.labelEn);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("export format", () => {
  it("is CSV unless named, and refuses what it does not know", () => {
    expect(exportFormatParam(null)).toBe("csv");
    expect(exportFormatParam("xlsx")).toBe("xlsx");
    expect(exportFormatParam("pdf")).toBeNull();
  });

  it("names the file by the day", () => {
    expect(exportFileName("csv-semicolon", "2026-11-30")).toBe("du-an-kieu-goi-dau-tu-2026-11-30-excel.csv");
    expect(exportFileName("xlsx", "2026-11-30")).toBe("du-an-kieu-goi-dau-tu-2026-11-30.xlsx");
  });
});
