import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVietnameseNumber, parseEnglishNumber, parseVietnameseNumber } from "./number";

describe("parseVietnameseNumber / formatVietnameseNumber", () => {
  it("reads vi-VN and plain numbers, and refuses malformed ones", () => {
    expect(parseVietnameseNumber("1.250,5")).toBe(1250.5);
    expect(parseVietnameseNumber("1,250.5")).toBe(1250.5);
    expect(parseVietnameseNumber(" 12.345.678 ")).toBe(12_345_678);
    expect(parseVietnameseNumber("0.125")).toBe(0.125);
    for (const bad of [
      "",
      " ",
      "abc",
      "1e12",
      "12.34.5",
      "1.2.3,4,5",
      "1,2.3,4",
      ",",
      "5,",
      "0.250.000",
      "1 25",
      "Infinity",
      "0x10",
    ]) {
      expect(parseVietnameseNumber(bad), bad).toBeNull();
    }
  });

  it("formats so that a stored value reads back as itself", () => {
    expect(formatVietnameseNumber(1250.5)).toBe("1.250,5");
    expect(formatVietnameseNumber(12.345)).toBe("12,345");
    expect(formatVietnameseNumber(1_000_000)).toBe("1.000.000");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (thousandths) => {
        const value = thousandths / 1000;
        expect(parseVietnameseNumber(formatVietnameseNumber(value))).toBe(value);
      }),
    );
  });
});

describe("numbers in the catalogue's capital filter", () => {
  it("reads what the site prints: a dot groups thousands, a comma marks decimals", () => {
    expect(parseVietnameseNumber("1.000")).toBe(1000);
    expect(parseVietnameseNumber("1,5")).toBe(1.5);
    expect(parseVietnameseNumber("10.000.000")).toBe(10_000_000);
    expect(parseVietnameseNumber("2500.5")).toBe(2500.5);
  });

  it("never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        expect(() => parseVietnameseNumber(text)).not.toThrow();
      }),
    );
  });
});

describe("parseEnglishNumber", () => {
  it("reads commas as thousands groups, and the rest as the Vietnamese pages do", () => {
    expect(parseEnglishNumber("1,000")).toBe(1000);
    expect(parseEnglishNumber("12,500.75")).toBe(12500.75);
    expect(parseEnglishNumber("2.5")).toBe(2.5);
    expect(parseEnglishNumber("1.000")).toBe(1000);
    expect(parseEnglishNumber("2,5")).toBe(2.5);
    expect(parseEnglishNumber("abc")).toBeNull();
  });
});
