import { describe, expect, it } from "vitest";
import { foldVietnamese, searchPhrase, searchTerms } from "./fold-vietnamese";

describe("foldVietnamese", () => {
  it("removes tone and vowel marks and lower-cases", () => {
    expect(foldVietnamese("Giao thông")).toBe("giao thong");
    expect(foldVietnamese("NÔNG NGHIỆP")).toBe("nong nghiep");
    expect(foldVietnamese("Thủy sản – Hải sản")).toBe("thuy san hai san");
    expect(foldVietnamese("Ăn ở, ẩm thực; Ưu đãi")).toBe("an o am thuc uu dai");
  });

  it("folds đ and Đ to d", () => {
    expect(foldVietnamese("Đường")).toBe("duong");
    expect(foldVietnamese("đô thị ĐẶC BIỆT")).toBe("do thi dac biet");
  });

  it("treats precomposed and combining forms alike", () => {
    const precomposed = "Kiên Lương";
    const combining = precomposed.normalize("NFD");
    expect(combining).not.toBe(precomposed);
    expect(foldVietnamese(combining)).toBe(foldVietnamese(precomposed));
  });

  it("turns punctuation and runs of space into single spaces", () => {
    expect(foldVietnamese("  Rạch Giá – Hòn Đất\n\tKiên Lương  ")).toBe("rach gia hon dat kien luong");
    expect(foldVietnamese("<script>alert(1)</script>")).toBe("script alert 1 script");
    expect(foldVietnamese("%_")).toBe("");
  });
});

describe("searchTerms", () => {
  it("splits a query into distinct folded words", () => {
    expect(searchTerms("Đường  đường ven biển")).toEqual(["duong", "bien", "ven"]);
  });

  it("caps the number of words and drops what cannot be searched", () => {
    expect(searchTerms("a b c d e f g h i j k", 3)).toHaveLength(3);
    expect(searchTerms("%%% ___ !!!")).toEqual([]);
  });
});

describe("searchPhrase", () => {
  it("keeps the words in the order they were typed, and is null for a single word", () => {
    expect(searchPhrase("  Phú   Quốc ")).toBe("phu quoc");
    expect(searchPhrase("Quốc, Phú")).toBe("quoc phu");
    expect(searchPhrase("Đường")).toBeNull();
    expect(searchPhrase("!!!")).toBeNull();
  });
});
