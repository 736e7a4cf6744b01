import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { writeGeneratedProjects } from "@/scripts/bench/generated-projects";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { EXPORT_COLUMNS } from "./export-columns";

// The exports give exactly what the catalogue lists — every page of it, in its order, published
// projects only — in each format, on each database.
const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let publishedExport: typeof import("./published-export-rows").publishedExport;
let writers: typeof import("./export-writers");
let searchCatalogue: typeof import("@/lib/catalogue/search-catalogue").searchCatalogue;

const ORIGIN = "https://dautu.example.vn";
const HIDDEN = ["Đường nội bộ BẢN NHÁP", "Cảng CHỜ DUYỆT", "Chợ ĐÃ RÚT"];

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await writeGeneratedProjects(prisma, 60, new Date(Date.UTC(2026, 10, 1)));
  await createFixtureProjects(prisma, [
    {
      name: "Khu du lịch sinh thái Mũi Nai – Hà Tiên",
      sector: "du-lich",
      form: "nuoc-ngoai",
      locations: ["ha-tien", "kien-luong"],
      capitalTy: 1250.5,
      publishedAt: new Date("2026-03-14T18:30:00Z"),
    },
    { name: HIDDEN[0]!, status: "DRAFT", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
    { name: HIDDEN[1]!, status: "SUBMITTED", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
    { name: HIDDEN[2]!, status: "ARCHIVED", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
  ]);
  publishedExport = (await import("./published-export-rows")).publishedExport;
  writers = await import("./export-writers");
  searchCatalogue = (await import("@/lib/catalogue/search-catalogue")).searchCatalogue;
});

async function collect(pieces: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const piece of pieces) text += piece;
  return text;
}

/** Every page of the catalogue for these parameters, one after the other. */
async function catalogueSlugs(params: Record<string, string>): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const result = await searchCatalogue(parseCatalogueQuery({ ...params, page: String(page) }));
    slugs.push(...result.items.map((item) => item.slug!));
    if (page >= result.pageCount) return slugs;
  }
}

async function exportedSlugs(params: Record<string, string>, batchSize?: number): Promise<string[]> {
  const data = await publishedExport(parseCatalogueQuery(params), batchSize);
  const slugs: string[] = [];
  for await (const batch of data.batches()) slugs.push(...batch.map((project) => project.slug!));
  expect(slugs).toHaveLength(data.total);
  return slugs;
}

describe("exports", () => {
  it.each<Record<string, string>>([
    {},
    { sort: "name" },
    { sort: "capital-asc", minCapital: "100" },
    { sector: "du-lich" },
    { location: "ha-tien", sort: "capital-desc" },
    { q: "du lich" },
    { q: "nha may", form: "trong-nuoc" },
    { sector: "khong-co-nganh-nay" },
  ])("list what the catalogue lists, every page in its order: %j", async (params) => {
    const expected = await catalogueSlugs(params);
    expect(await exportedSlugs(params, 7)).toEqual(expected);
  });

  it("never list a draft, a submission or a withdrawn project", async () => {
    const csv = await collect(writers.csvExport(await publishedExport(parseCatalogueQuery({})), ORIGIN, "comma"));
    for (const name of HIDDEN) expect(csv).not.toContain(name);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + 61);
  });

  it("write CSV in UTF-8 with a BOM, the table's labels and Vietnamese text as it is", async () => {
    const csv = await collect(writers.csvExport(await publishedExport(parseCatalogueQuery({ q: "mui nai" })), ORIGIN, "comma"));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, row] = csv.slice(1).split("\r\n");
    expect(header).toContain('"Tên dự án","Trang dự án"');
    expect(header).toContain('"Tổng vốn đầu tư dự kiến (tỷ đồng)"');
    expect(row).toContain('"Khu du lịch sinh thái Mũi Nai – Hà Tiên"');
    expect(row).toContain(`"${ORIGIN}/projects/khu-du-lich-sinh-thai-mui-nai-ha-tien"`);
    expect(row).toContain('"1250.5"');
    expect(row).toContain('"Thành phố Hà Tiên; Huyện Kiên Lương"');
    // Published at 01:30 on 15 March in Vietnam.
    expect(row).toContain('"2026-03-15"');
  });

  it("write decimals with a comma in the semicolon variant, for Excel in Vietnamese", async () => {
    const csv = await collect(
      writers.csvExport(await publishedExport(parseCatalogueQuery({ q: "mui nai" })), ORIGIN, "semicolon"),
    );
    const row = csv.split("\r\n")[1]!;
    expect(row).toContain('"1250,5"');
    expect(row.split('";"').length).toBe(EXPORT_COLUMNS.length);
  });

  it("write JSON under the API's names, with lists as lists", async () => {
    const json = JSON.parse(
      await collect(
        writers.jsonExport(await publishedExport(parseCatalogueQuery({ sector: "du-lich" })), ORIGIN, {
          licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
          source: ORIGIN,
          generatedAt: "2026-11-30T00:00:00.000Z",
          query: { sector: "du-lich" },
        }),
      ),
    ) as { total: number; projects: Record<string, unknown>[] };
    expect(json.projects).toHaveLength(json.total);
    const project = json.projects.find((entry) => entry.slug === "khu-du-lich-sinh-thai-mui-nai-ha-tien")!;
    expect(project).toMatchObject({
      name: "Khu du lịch sinh thái Mũi Nai – Hà Tiên",
      sector: "Du lịch",
      sectorCode: "du-lich",
      capitalTy: 1250.5,
      locationCodes: ["ha-tien", "kien-luong"],
      publishedAt: "2026-03-14T18:30:00.000Z",
    });
  });

  it("write Excel with typed cells and the field dictionary", async () => {
    const stream = writers.xlsxExport(await publishedExport(parseCatalogueQuery({ q: "mui nai" })), ORIGIN, new Date());
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const [projects, dictionary] = workbook.worksheets;
    expect(projects!.name).toBe("Dự án");
    const header = (projects!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(EXPORT_COLUMNS.map((column) => column.label));
    const row = projects!.getRow(2);
    const cell = (key: string) => row.getCell(EXPORT_COLUMNS.findIndex((column) => column.key === key) + 1);
    expect(cell("name").value).toBe("Khu du lịch sinh thái Mũi Nai – Hà Tiên");
    expect(cell("capitalTy").value).toBe(1250.5);
    expect(cell("capitalTy").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("durationYears").value).toBe(50);
    expect(cell("publishedAt").type).toBe(ExcelJS.ValueType.Date);
    expect((cell("publishedAt").value as Date).toISOString()).toBe("2026-03-15T00:00:00.000Z");
    expect(cell("publishedAt").numFmt).toBe("dd/mm/yyyy");
    expect(dictionary!.name).toBe("Từ điển dữ liệu");
    expect(dictionary!.rowCount).toBe(1 + EXPORT_COLUMNS.length);
    expect(dictionary!.getRow(2).getCell(2).value).toBe("slug");
  });
});
