import { beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { parseCatalogueQuery } from "./catalogue-query";

// What a visitor sees when they type a keyword: the best matches first ("Phù hợp nhất"), unless
// they pick another order. catalogue-search.integration.test.ts checks the SQL against the rules on
// many generated projects; this file shows the rules on a few projects anyone can reason about.
const integration = setUpIntegrationDatabase();
let searchCatalogue: typeof import("./search-catalogue").searchCatalogue;

const names = async (params: Record<string, string>) =>
  (await searchCatalogue(parseCatalogueQuery(params))).items.map((item) => item.name);

beforeAll(async () => {
  const prisma = integration.prisma;
  await seedReferenceData(prisma);
  // Published oldest first, so "newest first" is the reverse of this list.
  await createFixtureProjects(prisma, [
    {
      name: "Trung tâm dữ liệu xanh Phú Quốc",
      sector: "thong-tin-truyen-thong",
      form: "nuoc-ngoai",
      locations: ["phu-quoc"],
      capitalTy: 2000,
    },
    {
      name: "Bến xe khách trung tâm Dương Đông",
      objectives: "Xây dựng bến xe khách loại I phục vụ người dân và du khách đến Phú Quốc.",
      sector: "giao-thong",
      form: "trong-nuoc",
      locations: ["phu-quoc"],
      capitalTy: 320,
    },
    {
      name: "Khu nghỉ dưỡng Bãi Vòng – Hàm Ninh",
      sector: "du-lich",
      form: "nuoc-ngoai",
      locations: ["phu-quoc"],
      capitalTy: 6800,
    },
    { name: "Bệnh viện quốc tế Phú Lợi", sector: "y-te", form: "lien-doanh", locations: ["rach-gia"], capitalTy: 900 },
    {
      name: "Trạm dừng nghỉ Quốc lộ 80",
      objectives: "Phục vụ xe khách và xe tải đường dài trên Quốc lộ 80.",
      sector: "giao-thong",
      form: "trong-nuoc",
      locations: ["kien-luong"],
      locationText: "Xã Hòa Điền, ven Quốc lộ 80",
      capitalTy: 60,
    },
    { name: "Khu dân cư Hòa Điền", sector: "do-thi", form: "trong-nuoc", locations: ["kien-luong"], capitalTy: 150 },
    { name: "Nhà máy cơ khí Hoàng Long", sector: "cong-nghiep", form: "trong-nuoc", locations: ["hon-dat"], capitalTy: 75 },
    {
      name: "Cụm công nghiệp Tân Hiệp",
      objectives: "Di dời các cơ sở sản xuất xen lẫn khu dân cư, góp phần hòa nhập môi trường đô thị.",
      sector: "khu-cong-nghiep",
      form: "trong-nuoc",
      locations: ["tan-hiep"],
      capitalTy: 410,
      legalBasis: "Luật PPP số 64/2020/QH14",
    },
  ]);
  ({ searchCatalogue } = await import("./search-catalogue"));
});

describe("keyword results, best first", () => {
  it("puts Phú Quốc projects first for “phu quoc”: the words together outrank the words apart", async () => {
    expect(await names({ q: "phu quoc" })).toEqual([
      "Trung tâm dữ liệu xanh Phú Quốc", // together, in the name
      "Bến xe khách trung tâm Dương Đông", // together, in the objectives
      "Khu nghỉ dưỡng Bãi Vòng – Hàm Ninh", // together, in the location's name
      "Bệnh viện quốc tế Phú Lợi", // both words in the name, apart
      "Trạm dừng nghỉ Quốc lộ 80", // one word in the name, the other part of a word
    ]);
  });

  it("ranks the name above the objectives above other text, a whole word above a part of one", async () => {
    expect(await names({ q: "hoa" })).toEqual([
      "Khu dân cư Hòa Điền", // a whole word of the name
      "Nhà máy cơ khí Hoàng Long", // part of a word of the name
      "Cụm công nghiệp Tân Hiệp", // a whole word of the objectives
      "Trạm dừng nghỉ Quốc lộ 80", // a whole word of the address
    ]);
  });

  it("keeps the order the visitor picks, and the newest first without a keyword", async () => {
    expect(await names({ q: "phu quoc", sort: "newest" })).toEqual([
      "Trạm dừng nghỉ Quốc lộ 80",
      "Bệnh viện quốc tế Phú Lợi",
      "Khu nghỉ dưỡng Bãi Vòng – Hàm Ninh",
      "Bến xe khách trung tâm Dương Đông",
      "Trung tâm dữ liệu xanh Phú Quốc",
    ]);
    expect(await names({ q: "phu quoc", sort: "capital-desc" })).toEqual([
      "Khu nghỉ dưỡng Bãi Vòng – Hàm Ninh",
      "Trung tâm dữ liệu xanh Phú Quốc",
      "Bệnh viện quốc tế Phú Lợi",
      "Bến xe khách trung tâm Dương Đông",
      "Trạm dừng nghỉ Quốc lộ 80",
    ]);
    expect((await names({}))[0]).toBe("Cụm công nghiệp Tân Hiệp");
    expect(await names({ sort: "relevance" })).toEqual(await names({}));
  });

  it("finds the investment form, the proposing unit and the legal basis", async () => {
    expect(await names({ q: "liên doanh" })).toEqual(["Bệnh viện quốc tế Phú Lợi"]);
    expect(await names({ q: "PPP 64/2020" })).toEqual(["Cụm công nghiệp Tân Hiệp"]);
    expect(await names({ q: "don vi kiem thu" })).toHaveLength(8);
  });
});
