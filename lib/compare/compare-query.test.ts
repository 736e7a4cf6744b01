import { describe, expect, it } from "vitest";
import { compareHref, compareQuerySchema } from "./compare-query";

describe("compareQuerySchema", () => {
  it("keeps the named projects in order, each once", () => {
    expect(compareQuerySchema.parse(["cang-ca", "khu-du-lich", "cang-ca"])).toEqual({
      slugs: ["cang-ca", "khu-du-lich"],
      beyondLimit: 0,
    });
  });

  it("shows the first three of more and says how many were left out", () => {
    expect(compareQuerySchema.parse(["a", "b", "c", "d", "e"])).toEqual({ slugs: ["a", "b", "c"], beyondLimit: 2 });
  });

  it("reads one parameter, a comma-separated list, or none", () => {
    expect(compareQuerySchema.parse("a").slugs).toEqual(["a"]);
    expect(compareQuerySchema.parse("a,b").slugs).toEqual(["a", "b"]);
    expect(compareQuerySchema.parse(undefined)).toEqual({ slugs: [], beyondLimit: 0 });
  });

  it("drops anything that cannot be a project's address", () => {
    expect(compareQuerySchema.parse(["../admin", "<script>", "x\u0000y", " Cang-Ca ", ""]).slugs).toEqual(["xy", "cang-ca"]);
  });
});

describe("compareHref", () => {
  it("names each project once per parameter", () => {
    expect(compareHref(["a", "b"])).toBe("/so-sanh?du-an=a&du-an=b");
    expect(compareHref([])).toBe("/so-sanh");
  });
});
