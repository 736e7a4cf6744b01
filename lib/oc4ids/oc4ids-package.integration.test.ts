import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { oc4idsErrors, officialSchemaDir, officialValidator } from "@/tests/support/oc4ids-validator";

// The OC4IDS package of real rows — the demo data and calls in every state — validated with ajv on
// each database against the portal's own subset schema (and the official schema when
// OC4IDS_SCHEMA_DIR names a copy of it); and only published calls and public files in it.
const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let oc4idsPackage: typeof import("./oc4ids-package").oc4idsPackage;
let searchCatalogue: typeof import("@/lib/catalogue/search-catalogue").searchCatalogue;

const ORIGIN = "https://dautu.example.vn";
const PREFIX = "oc4ids-kg0000-";
const HIDDEN = ["Đường nội bộ BẢN NHÁP", "Cảng CHỜ DUYỆT", "Chợ CẦN SỬA", "Bến xe BỊ TỪ CHỐI", "Khu nghỉ dưỡng ĐÃ RÚT"];

interface Package {
  projects: {
    id: string;
    title: string;
    publicAuthority: { id: string };
    parties: { id: string; roles: string[] }[];
    documents: { id: string; url: string }[];
  }[];
  [key: string]: unknown;
}

async function read(params: Record<string, string> = {}, batchSize?: number) {
  const data = await oc4idsPackage(parseCatalogueQuery(params), ORIGIN, PREFIX, batchSize);
  let text = "";
  for await (const piece of data.pieces()) text += piece;
  return { data, text, json: JSON.parse(text) as Package };
}

let withdrawnId: string;
let publishedWithFiles: { id: string; slug: string };

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await seedDemoData(prisma, new Date(Date.UTC(2026, 10, 1)));
  await createFixtureProjects(prisma, [
    {
      name: "Khu du lịch sinh thái Mũi Nai – Hà Tiên",
      sector: "du-lich",
      form: "nuoc-ngoai",
      locations: ["ha-tien"],
      capitalTy: 1250.5,
    },
    { name: HIDDEN[0]!, status: "DRAFT", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
    { name: HIDDEN[1]!, status: "SUBMITTED", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
    {
      name: HIDDEN[2]!,
      status: "CHANGES_REQUESTED",
      sector: "du-lich",
      form: "nuoc-ngoai",
      locations: ["ha-tien"],
      capitalTy: 10,
    },
    { name: HIDDEN[3]!, status: "REJECTED", sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
    // Published, then withdrawn: it keeps its slug and dates, as a real withdrawn call does.
    { name: HIDDEN[4]!, sector: "du-lich", form: "nuoc-ngoai", locations: ["ha-tien"], capitalTy: 10 },
  ]);
  const withdrawn = await prisma.project.update({
    where: { slug: "khu-nghi-duong-da-rut" },
    data: { status: "ARCHIVED" },
    select: { id: true },
  });
  withdrawnId = withdrawn.id;
  const project = await prisma.project.findFirstOrThrow({
    where: { name: "Khu du lịch sinh thái Mũi Nai – Hà Tiên" },
    select: { id: true, slug: true },
  });
  publishedWithFiles = { id: project.id, slug: project.slug! };
  const draft = await prisma.project.findFirstOrThrow({ where: { name: HIDDEN[0] }, select: { id: true } });
  const file = (projectId: string, storedName: string, isPublic: boolean) =>
    prisma.attachment.create({
      data: {
        id: storedName,
        projectId,
        originalName: `${storedName}.pdf`,
        storedName,
        mimeType: "application/pdf",
        sizeBytes: 10,
        isPublic,
      },
    });
  await file(project.id, "tep-cong-khai", true);
  await file(project.id, "tep-noi-bo", false);
  await file(draft.id, "tep-cua-ban-nhap", true);

  oc4idsPackage = (await import("./oc4ids-package")).oc4idsPackage;
  searchCatalogue = (await import("@/lib/catalogue/search-catalogue")).searchCatalogue;
});

describe("the OC4IDS package", () => {
  it("of the demo data validates against the portal's OC4IDS subset schema, with the local extension", async () => {
    const { json, data } = await read();
    expect(oc4idsErrors(json)).toEqual([]);
    expect(json.version).toBe("0.9");
    expect(json.uri).toBe(`${ORIGIN}/api/oc4ids`);
    const published = await prisma.project.count({ where: PUBLIC_PROJECT_WHERE });
    expect(published).toBeGreaterThan(40);
    expect(json.projects).toHaveLength(published);
    expect(data.total).toBe(published);
  });

  it("of the demo data validates against the official OC4IDS schema in OC4IDS_SCHEMA_DIR", async (ctx) => {
    const official = officialSchemaDir();
    if ("skipReason" in official) {
      console.info(`Skipped the official-schema test: ${official.skipReason}`);
      return ctx.skip(official.skipReason);
    }
    const errors = officialValidator(official.dir);
    const { json } = await read();
    expect(errors(json)).toEqual([]);
    expect(errors(json, { withExtension: true })).toEqual([]);
  });

  it("holds published calls only: no draft, submission, rejected or withdrawn call, no internal file", async () => {
    const { text, json } = await read();
    for (const name of HIDDEN) expect(text).not.toContain(name);
    expect(text).not.toContain(withdrawnId);
    const hiddenIds = await prisma.project.findMany({ where: { NOT: PUBLIC_PROJECT_WHERE }, select: { id: true } });
    expect(hiddenIds.length).toBeGreaterThan(HIDDEN.length);
    const ids = new Set(json.projects.map((project) => project.id));
    for (const { id } of hiddenIds) expect(ids).not.toContain(`${PREFIX}${id}`);

    const withFiles = json.projects.find((project) => project.id === `${PREFIX}${publishedWithFiles.id}`)!;
    expect(withFiles.documents.map((document) => document.url)).toEqual([
      `${ORIGIN}/projects/${publishedWithFiles.slug}`,
      `${ORIGIN}/api/attachments/tep-cong-khai`,
    ]);
    expect(text).not.toContain("tep-noi-bo");
    expect(text).not.toContain("tep-cua-ban-nhap");
  });

  it("gives each unit one party id across the package, referenced as the public authority", async () => {
    const { json } = await read();
    const units = await prisma.project.findMany({
      where: PUBLIC_PROJECT_WHERE,
      select: { id: true, organization: { select: { code: true } } },
    });
    const unitOf = new Map(units.map((row) => [`${PREFIX}${row.id}`, row.organization.code]));
    for (const project of json.projects) {
      expect(project.publicAuthority.id).toBe(`org-${unitOf.get(project.id)}`);
      expect(project.parties).toEqual([expect.objectContaining({ id: project.publicAuthority.id, roles: ["publicAuthority"] })]);
    }
    expect(new Set(json.projects.map((project) => project.publicAuthority.id)).size).toBe(new Set(unitOf.values()).size);
  });

  it.each<Record<string, string>>([
    { sector: "du-lich" },
    { sort: "name", location: "phu-quoc" },
    { q: "cang", sort: "capital-desc" },
  ])("follows the catalogue's filters and order: %j", async (params) => {
    const expected: string[] = [];
    for (let page = 1; ; page++) {
      const result = await searchCatalogue(parseCatalogueQuery({ ...params, page: String(page) }));
      expected.push(...result.items.map((item) => `${ORIGIN}/projects/${item.slug}`));
      if (page >= result.pageCount) break;
    }
    const { json } = await read(params);
    expect(expected.length).toBeGreaterThan(0);
    expect(json.projects.map((project) => project.documents[0]!.url)).toEqual(expected);
    expect(oc4idsErrors(json)).toEqual([]);
  });

  it("reads the projects a batch at a time, and gives the same package whatever the batch", async () => {
    const whole = await read({}, 500);
    const small = await read({}, 7);
    expect(small.text).toBe(whole.text);
  });

  it("keeps its entity tag while nothing changes, and changes it when a call is withdrawn", async () => {
    const first = await read();
    const again = await read();
    expect(again.data.etag).toBe(first.data.etag);
    expect((await read({ sector: "du-lich" })).data.etag).not.toBe(first.data.etag);
    await prisma.project.update({ where: { id: publishedWithFiles.id }, data: { status: "ARCHIVED" } });
    try {
      const after = await read();
      expect(after.data.etag).not.toBe(first.data.etag);
      expect(after.json.projects).toHaveLength(first.json.projects.length - 1);
    } finally {
      await prisma.project.update({ where: { id: publishedWithFiles.id }, data: { status: "PUBLISHED" } });
    }
  });
});
