import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("makes a readable ascii slug from a Vietnamese name", () => {
    expect(slugify("Đường ven biển Rạch Giá – Hòn Đất – Kiên Lương")).toBe("duong-ven-bien-rach-gia-hon-dat-kien-luong");
    expect(slugify("Khu đô thị mới Phú Quốc (giai đoạn 2)")).toBe("khu-do-thi-moi-phu-quoc-giai-doan-2");
  });

  it("keeps slugs short and never empty", () => {
    expect(slugify("Dự án ".repeat(50)).length).toBeLessThanOrEqual(80);
    expect(slugify("Dự án ".repeat(50)).endsWith("-")).toBe(false);
    expect(slugify("!!! ???")).toBe("du-an");
    expect(slugify("中文")).toBe("du-an");
  });
});

describe("uniqueSlug", () => {
  it("adds a number when the slug is taken", async () => {
    const taken = new Set(["cang-ca", "cang-ca-2"]);
    expect(await uniqueSlug("Cảng cá", async (slug) => taken.has(slug))).toBe("cang-ca-3");
    expect(await uniqueSlug("Cảng mới", async (slug) => taken.has(slug))).toBe("cang-moi");
  });
});
