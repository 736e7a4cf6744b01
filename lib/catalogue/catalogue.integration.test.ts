import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { parseCatalogueQuery } from "./catalogue-query";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let searchCatalogue: typeof import("./search-catalogue").searchCatalogue;
let getPublicProjectPage: typeof import("./public-project-page").getPublicProjectPage;
let getCatalogueOverview: typeof import("./catalogue-overview").getCatalogueOverview;

const search = (params: Record<string, string>) => searchCatalogue(parseCatalogueQuery(params));
const names = async (params: Record<string, string>) => (await search(params)).items.map((item) => item.name);

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await createFixtureProjects(prisma, [
    {
      name: "Đường ven biển Rạch Giá – Hòn Đất",
      sector: "giao-thong",
      form: "ppp-bot",
      locations: ["rach-gia", "hon-dat"],
      capitalTy: 4200,
    },
    { name: "Cảng tổng hợp Kiên Lương", sector: "giao-thong", form: "trong-nuoc", locations: ["kien-luong"], capitalTy: 850.5 },
    {
      name: "Khu du lịch sinh thái Mũi Nai",
      sector: "du-lich",
      form: "nuoc-ngoai",
      locations: ["ha-tien"],
      capitalTy: 1250,
      locationText: "Phường Pháo Đài, đường Mạc Thiên Tích",
    },
    {
      name: "Nhà máy chế biến tôm An Biên",
      sector: "thuy-san",
      form: "trong-nuoc",
      locations: ["an-bien", "an-minh"],
      capitalTy: 12.5,
    },
    { name: "Ấp trứng cá giống Kiên Hải", sector: "thuy-san", form: "bcc", locations: ["kien-hai"], capitalTy: 3.5 },
    {
      name: "Đường nội bộ BẢN NHÁP",
      status: "DRAFT",
      sector: "giao-thong",
      form: "ppp-bot",
      locations: ["kien-luong"],
      capitalTy: 100,
    },
    {
      name: "Đường CHỜ DUYỆT",
      status: "SUBMITTED",
      sector: "giao-thong",
      form: "ppp-bot",
      locations: ["kien-luong"],
      capitalTy: 100,
    },
    {
      name: "Cảng cũ đã rút",
      status: "ARCHIVED",
      sector: "giao-thong",
      form: "trong-nuoc",
      locations: ["kien-luong"],
      capitalTy: 10,
    },
  ]);
  ({ searchCatalogue } = await import("./search-catalogue"));
  ({ getPublicProjectPage } = await import("./public-project-page"));
  ({ getCatalogueOverview } = await import("./catalogue-overview"));
});

describe("searchCatalogue", () => {
  it("lists only published projects, newest first", async () => {
    const result = await search({});
    expect(result.total).toBe(5);
    expect(result.items.map((item) => item.name)).toEqual([
      "Ấp trứng cá giống Kiên Hải",
      "Nhà máy chế biến tôm An Biên",
      "Khu du lịch sinh thái Mũi Nai",
      "Cảng tổng hợp Kiên Lương",
      "Đường ven biển Rạch Giá – Hòn Đất",
    ]);
  });

  it("finds words with or without diacritics, in the name, sector, location and address", async () => {
    // The name's "Đường" ranks above the address's "đường" (catalogue-ranking.integration.test.ts).
    expect(await names({ q: "duong" })).toEqual(["Đường ven biển Rạch Giá – Hòn Đất", "Khu du lịch sinh thái Mũi Nai"]);
    expect(await names({ q: "ĐƯỜNG VEN" })).toEqual(["Đường ven biển Rạch Giá – Hòn Đất"]);
    expect(await names({ q: "giao thong" })).toHaveLength(2);
    expect(await names({ q: "hon dat" })).toEqual(["Đường ven biển Rạch Giá – Hòn Đất"]);
    expect(await names({ q: "an minh tom" })).toEqual(["Nhà máy chế biến tôm An Biên"]);
    expect(await names({ q: "khong co gi" })).toEqual([]);
    expect(await names({ q: "%" })).toHaveLength(5);
  });

  it("filters by sector, location (of several), investment form and capital in tỷ đồng", async () => {
    expect(await names({ sector: "thuy-san", sort: "name" })).toEqual([
      "Ấp trứng cá giống Kiên Hải",
      "Nhà máy chế biến tôm An Biên",
    ]);
    expect(await names({ location: "an-minh" })).toEqual(["Nhà máy chế biến tôm An Biên"]);
    expect(await names({ location: "hon-dat", form: "ppp-bot" })).toEqual(["Đường ven biển Rạch Giá – Hòn Đất"]);
    expect(await names({ minCapital: "12,5", maxCapital: "850,5", sort: "capital-asc" })).toEqual([
      "Nhà máy chế biến tôm An Biên",
      "Cảng tổng hợp Kiên Lương",
    ]);
    // "1.250" is one thousand two hundred and fifty, as the site prints it.
    expect(await names({ minCapital: "1.250", maxCapital: "1.250" })).toEqual(["Khu du lịch sinh thái Mũi Nai"]);
  });

  it("sorts by capital both ways and by name the Vietnamese way", async () => {
    expect((await names({ sort: "capital-desc" }))[0]).toBe("Đường ven biển Rạch Giá – Hòn Đất");
    expect((await names({ sort: "capital-asc" }))[0]).toBe("Ấp trứng cá giống Kiên Hải");
    // "Đường" sorts among the D's, before "Khu" — not after every Latin letter.
    expect(await names({ sort: "name" })).toEqual([
      "Ấp trứng cá giống Kiên Hải",
      "Cảng tổng hợp Kiên Lương",
      "Đường ven biển Rạch Giá – Hòn Đất",
      "Khu du lịch sinh thái Mũi Nai",
      "Nhà máy chế biến tôm An Biên",
    ]);
  });

  it("counts each option with the other filters applied, never counting drafts", async () => {
    const result = await search({ sector: "giao-thong" });
    // Sector counts ignore the sector filter itself, so other sectors stay selectable.
    expect(result.facets.sector).toEqual({ "giao-thong": 2, "du-lich": 1, "thuy-san": 2 });
    expect(result.facets.location).toEqual({ "rach-gia": 1, "hon-dat": 1, "kien-luong": 1 });
    expect(result.facets.form).toEqual({ "ppp-bot": 1, "trong-nuoc": 1 });
  });

  it("drops unknown codes and clamps the page to the last one, and says so", async () => {
    const result = await search({ sector: "khong-ton-tai", page: "99", minCapital: "abc" });
    expect(result.total).toBe(5);
    expect(result.query.sector).toBeUndefined();
    expect(result.page).toBe(1);
    expect(result.items).toHaveLength(5);
    expect(result.adjustments).toEqual([
      { kind: "capital-unreadable", field: "minCapital", input: "abc" },
      { kind: "unknown-code", field: "sector", input: "khong-ton-tai" },
      { kind: "page-past-end", requested: 99, pageCount: 1 },
    ]);
    expect((await search({ sector: "thuy-san" })).adjustments).toEqual([]);
  });

  it("pages 20 at a time", async () => {
    await createFixtureProjects(
      prisma,
      Array.from({ length: 21 }, (_, index) => ({
        name: `Dự án phân trang số ${index + 1}`,
        sector: "y-te",
        form: "khac",
        locations: ["tan-hiep"],
        capitalTy: 1 + index,
        publishedAt: new Date(Date.UTC(2025, 0, 1 + index)),
      })),
    );
    const first = await search({ sector: "y-te" });
    const second = await search({ sector: "y-te", page: "2" });
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([21, 2, 20, 1]);
    expect(second.items[0]!.name).toBe("Dự án phân trang số 1");
  });
});

describe("getPublicProjectPage", () => {
  it("returns a published project by slug and nothing for drafts or unknown slugs", async () => {
    const project = await getPublicProjectPage("cang-tong-hop-kien-luong");
    expect(project?.name).toBe("Cảng tổng hợp Kiên Lương");
    expect(project?.locations.map(({ location }) => location.code)).toEqual(["kien-luong"]);
    const draft = await prisma.project.findFirstOrThrow({ where: { status: "DRAFT" } });
    await prisma.project.update({ where: { id: draft.id }, data: { slug: "ban-nhap-co-slug" } });
    expect(await getPublicProjectPage("ban-nhap-co-slug")).toBeNull();
    expect(await getPublicProjectPage("khong-ton-tai")).toBeNull();
    expect(await getPublicProjectPage("../../etc/passwd")).toBeNull();
  });
});

describe("getCatalogueOverview", () => {
  it("counts published projects, capital and sectors", async () => {
    const overview = await getCatalogueOverview();
    expect(overview.projectCount).toBe(26);
    expect(overview.sectors.find((sector) => sector.code === "thuy-san")?.count).toBe(2);
    expect(overview.sectors).toHaveLength(14);
    // Locations with at least one published project, read plainly; some hold only drafts or archived calls.
    const published = await prisma.projectLocation.findMany({ where: { project: { status: "PUBLISHED", slug: { not: null } } } });
    expect(overview.locationCount).toBe(new Set(published.map((row) => row.locationId)).size);
    expect(overview.locationCount).toBeLessThan(await prisma.location.count());
    expect(overview.latest.every((project) => !project.name.includes("NHÁP"))).toBe(true);
  });
});
