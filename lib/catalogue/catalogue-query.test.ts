import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { adjustmentMessage, capitalFieldMessage } from "./adjustment-messages";

const vietnamese = createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "catalogue" });
import {
  MAX_QUERY_LENGTH,
  catalogueExportHref,
  catalogueHref,
  parseCatalogueQuery,
  type CatalogueRequest,
  type QueryAdjustment,
} from "./catalogue-query";

describe("parseCatalogueQuery", () => {
  it("reads every filter from the URL", () => {
    const query = parseCatalogueQuery(
      new URLSearchParams(
        "q=duong&sector=giao-thong&location=kien-luong&form=ppp-bot&minCapital=10&maxCapital=2.500,5&sort=capital-desc&page=3",
      ),
    );
    expect(query).toEqual<CatalogueRequest>({
      q: "duong",
      sector: "giao-thong",
      location: "kien-luong",
      form: "ppp-bot",
      minCapital: 10,
      maxCapital: 2500.5,
      sort: "capital-desc",
      page: 3,
      adjustments: [],
    });
  });

  it("gives the defaults for an empty URL: newest first", () => {
    expect(parseCatalogueQuery({})).toEqual({ q: "", sort: "newest", page: 1, adjustments: [] });
  });

  it("ranks by relevance when there is a keyword and no sort, and keeps a sort the visitor picked", () => {
    expect(parseCatalogueQuery({ q: "phu quoc" }).sort).toBe("relevance");
    expect(parseCatalogueQuery({ q: "phu quoc", sort: "newest" }).sort).toBe("newest");
    expect(parseCatalogueQuery({ sort: "relevance" }).sort).toBe("relevance");
  });

  it("reads amounts the vi-VN way, as the site prints them", () => {
    expect(parseCatalogueQuery({ minCapital: "1.000", maxCapital: "1,5" })).toMatchObject({ minCapital: 1.5, maxCapital: 1000 });
    expect(parseCatalogueQuery({ minCapital: "1.000" }).minCapital).toBe(1000);
    expect(parseCatalogueQuery({ maxCapital: "12,5" }).maxCapital).toBe(12.5);
    expect(parseCatalogueQuery({ maxCapital: "2500.5" }).maxCapital).toBe(2500.5);
    expect(parseCatalogueQuery({ maxCapital: " 10.000.000 " }).maxCapital).toBe(10_000_000);
  });

  it("ignores what it cannot use and lists each thing it ignored or changed", () => {
    const query = parseCatalogueQuery({
      page: "-3",
      minCapital: "abc",
      maxCapital: "-5",
      sort: "random",
      sector: "<script>",
      location: "KIEN LUONG",
      form: "",
    });
    expect(query).toMatchObject({ q: "", sort: "newest", page: 1 });
    expect(query.minCapital).toBeUndefined();
    expect(query.maxCapital).toBeUndefined();
    expect(query.sector).toBeUndefined();
    expect(query.adjustments).toEqual<QueryAdjustment[]>([
      { kind: "unknown-code", field: "sector", input: "<script>" },
      { kind: "unknown-code", field: "location", input: "KIEN LUONG" },
      { kind: "capital-unreadable", field: "minCapital", input: "abc" },
      { kind: "capital-out-of-range", field: "maxCapital", input: "-5" },
      { kind: "unknown-sort", input: "random" },
      { kind: "page-unreadable", input: "-3" },
    ]);
    // A NUL is refused by PostgreSQL as an error: it never reaches a query, as a keyword or a code.
    expect(parseCatalogueQuery({ q: "c\u0000ảng", form: "\u0000", sector: "giao-\u0000thong" })).toMatchObject({
      q: "cảng",
      sector: "giao-thong",
      adjustments: [],
    });
    expect(parseCatalogueQuery({ page: "2.7" }).adjustments).toEqual([{ kind: "page-unreadable", input: "2.7" }]);
    expect(parseCatalogueQuery({ maxCapital: "Infinity" }).adjustments).toEqual([
      { kind: "capital-unreadable", field: "maxCapital", input: "Infinity" },
    ]);
    expect(parseCatalogueQuery({ maxCapital: "20.000.000" }).adjustments).toEqual([
      { kind: "capital-out-of-range", field: "maxCapital", input: "20.000.000" },
    ]);
  });

  it("keeps a page past the end for the search to answer, and shows long input back shortened", () => {
    expect(parseCatalogueQuery({ page: "99999" })).toMatchObject({ page: 99999, adjustments: [] });
    const [adjustment] = parseCatalogueQuery({ minCapital: "x".repeat(500) }).adjustments;
    expect(adjustment).toEqual({ kind: "capital-unreadable", field: "minCapital", input: `${"x".repeat(40)}…` });
  });

  it("cuts a very long keyword, folds its white space and says so", () => {
    const query = parseCatalogueQuery({ q: `  giao   thông ${"x".repeat(5000)}` });
    expect(query.q.startsWith("giao thông x")).toBe(true);
    expect(query.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.adjustments).toEqual([{ kind: "keyword-shortened", maxLength: MAX_QUERY_LENGTH }]);
  });

  it("swaps a capital range given the wrong way round, and says so", () => {
    const query = parseCatalogueQuery({ minCapital: "500", maxCapital: "20" });
    expect([query.minCapital, query.maxCapital]).toEqual([20, 500]);
    expect(query.adjustments).toEqual([{ kind: "capital-swapped" }]);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseCatalogueQuery({ sector: ["du-lich", "y-te"] }).sector).toBe("du-lich");
  });

  it("never throws and always gives a page within range, whatever the URL holds", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("q", "sector", "location", "form", "minCapital", "maxCapital", "sort", "page"),
          fc.string(),
        ),
        (raw) => {
          const query = parseCatalogueQuery(raw);
          expect(query.page).toBeGreaterThanOrEqual(1);
          expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
          if (query.minCapital !== undefined && query.maxCapital !== undefined) {
            expect(query.minCapital).toBeLessThanOrEqual(query.maxCapital);
          }
          for (const adjustment of query.adjustments) expect(adjustmentMessage(adjustment, query.q, vietnamese)).toMatch(/\S/);
        },
      ),
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

  it("leaves out the order a keyword implies, and writes the one that differs from it", () => {
    expect(catalogueHref({ q: "phu quoc", sort: "relevance" })).toBe("/projects?q=phu+quoc");
    expect(catalogueHref({ q: "phu quoc", sort: "newest" })).toBe("/projects?q=phu+quoc&sort=newest");
    expect(catalogueHref({ q: "", sort: "relevance" })).toBe("/projects?sort=relevance");
  });

  it("writes amounts so they read back the same", () => {
    expect(catalogueHref({ minCapital: 1000, maxCapital: 1.125 })).toBe("/projects?minCapital=1.000&maxCapital=1%2C125");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom("newest", "relevance", "name"),
        (thousandths, sort) => {
          const query = { q: "", minCapital: thousandths / 1000, sort, page: 1 } as const;
          const back = parseCatalogueQuery(new URLSearchParams(catalogueHref(query).split("?")[1] ?? ""));
          expect(back.minCapital).toBe(query.minCapital);
          expect(back.sort).toBe(sort);
        },
      ),
    );
  });
});

describe("what the catalogue says about what it ignored", () => {
  it("explains each case politely, with what was typed", () => {
    const t = createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "catalogue" });
    const says = (adjustment: QueryAdjustment, q = "") => adjustmentMessage(adjustment, q, t);
    expect(says({ kind: "capital-unreadable", field: "minCapital", input: "abc" })).toMatch(
      /^Không đọc được số “abc” trong ô “Vốn từ”/,
    );
    expect(says({ kind: "unknown-code", field: "sector", input: "khong-co" })).toBe(
      "Không có ngành / lĩnh vực mã “khong-co” trong danh mục (mã có thể đã thay đổi), nên đang hiển thị dự án của mọi ngành.",
    );
    expect(says({ kind: "page-past-end", requested: 99999, pageCount: 3 })).toBe(
      "Kết quả hiện có 3 trang, không có trang 99.999, nên đang hiển thị trang cuối.",
    );
    expect(says({ kind: "unknown-sort", input: "x" }, "phu quoc")).toContain("“Phù hợp nhất”");
    expect(says({ kind: "unknown-sort", input: "x" })).toContain("“Mới công bố”");
    expect(capitalFieldMessage({ kind: "capital-unreadable", field: "maxCapital", input: "abc" }, t)).toBe(
      "Không đọc được số “abc”. Ví dụ cách nhập: 1.000 hoặc 1,5.",
    );
  });

  it("says the same in English on the English catalogue", () => {
    const t = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "catalogue" });
    expect(adjustmentMessage({ kind: "page-past-end", requested: 99999, pageCount: 3 }, "", t)).toBe(
      "There are 3 pages of results, not 99,999, so the last page is shown.",
    );
    expect(adjustmentMessage({ kind: "unknown-sort", input: "x" }, "phu quoc", t)).toContain("“Best match”");
  });
});

describe("the map view", () => {
  it("is kept in the URL beside the filters, and anything else is the list", () => {
    const query = parseCatalogueQuery({ sector: "du-lich", view: "map" });
    expect(query.view).toBe("map");
    expect(catalogueHref(query)).toBe("/projects?sector=du-lich&view=map");
    expect(parseCatalogueQuery({ view: "satellite" }).view).toBeUndefined();
    expect(catalogueExportHref(query, "csv")).toBe("/api/projects/export?sector=du-lich&format=csv");
  });
});
