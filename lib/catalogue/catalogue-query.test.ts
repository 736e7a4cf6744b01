import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  MAX_QUERY_LENGTH,
  catalogueHref,
  parseCatalogueQuery,
  type CatalogueQuery,
} from "./catalogue-query";

describe("parseCatalogueQuery", () => {
  it("reads every filter from the URL", () => {
    const query = parseCatalogueQuery(
      new URLSearchParams(
        "q=duong&sector=giao-thong&location=kien-luong&form=ppp-bot&minCapital=10&maxCapital=2500.5&sort=capital-desc&page=3",
      ),
    );
    expect(query).toEqual<CatalogueQuery>({
      q: "duong",
      sector: "giao-thong",
      location: "kien-luong",
      form: "ppp-bot",
      minCapital: 10,
      maxCapital: 2500.5,
      sort: "capital-desc",
      page: 3,
    });
  });

  it("gives the defaults for an empty URL", () => {
    expect(parseCatalogueQuery({})).toEqual({ q: "", sort: "newest", page: 1 });
  });

  it("ignores or clamps bad values instead of failing", () => {
    const query = parseCatalogueQuery({
      page: "-3",
      minCapital: "abc",
      maxCapital: "-5",
      sort: "random",
      sector: "<script>",
      location: "KIEN LUONG",
      form: "",
    });
    expect(query).toEqual({ q: "", sort: "newest", page: 1 });
    expect(parseCatalogueQuery({ page: "1e9" }).page).toBe(5000);
    expect(parseCatalogueQuery({ page: "2.7" }).page).toBe(2);
    expect(parseCatalogueQuery({ maxCapital: "Infinity" }).maxCapital).toBeUndefined();
  });

  it("cuts a very long keyword and folds its white space", () => {
    const query = parseCatalogueQuery({ q: `  giao   thông ${"x".repeat(5000)}` });
    expect(query.q.startsWith("giao thông x")).toBe(true);
    expect(query.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("swaps a capital range given the wrong way round", () => {
    const query = parseCatalogueQuery({ minCapital: "500", maxCapital: "20" });
    expect([query.minCapital, query.maxCapital]).toEqual([20, 500]);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseCatalogueQuery({ sector: ["du-lich", "y-te"] }).sector).toBe("du-lich");
  });

  it("never throws and always gives a page within range, whatever the URL holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "sector", "location", "form", "minCapital", "maxCapital", "sort", "page"), fc.string()), (raw) => {
        const query = parseCatalogueQuery(raw);
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        if (query.minCapital !== undefined && query.maxCapital !== undefined) {
          expect(query.minCapital).toBeLessThanOrEqual(query.maxCapital);
        }
      }),
    );
  });
});

describe("catalogueHref", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    const query = parseCatalogueQuery({ q: "đường ven biển", sector: "giao-thong", page: "2", sort: "name" });
    const href = catalogueHref(query);
    expect(href).toBe("/projects?q=%C4%91%C6%B0%E1%BB%9Dng+ven+bi%E1%BB%83n&sector=giao-thong&sort=name&page=2");
    expect(parseCatalogueQuery(new URLSearchParams(href.split("?")[1]))).toEqual(query);
    expect(catalogueHref({ sort: "newest", page: 1 })).toBe("/projects");
  });
});
