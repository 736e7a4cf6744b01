import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let admin: CurrentUser;
let merge: typeof import("./merge-reference");
let manage: typeof import("./manage-reference");
let canonical: typeof import("./canonical-codes");
let getReferenceData: typeof import("@/lib/catalogue/reference-data").getReferenceData;
let resolveReferences: typeof import("@/lib/projects/project-writer").resolveReferences;

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await createFixtureProjects(prisma, [
    { name: "Khu du lịch Mũi Nai", sector: "du-lich", form: "trong-nuoc", locations: ["ha-tien"], capitalTy: 500 },
    { name: "Cảng cá Hòn Chông", sector: "thuy-san", form: "trong-nuoc", locations: ["kien-luong", "ha-tien"], capitalTy: 300 },
    { name: "Nhà máy xi măng", sector: "cong-nghiep", form: "nuoc-ngoai", locations: ["kien-luong"], capitalTy: 900 },
    {
      name: "Chợ Rạch Giá",
      sector: "thuong-mai-dich-vu",
      form: "trong-nuoc",
      locations: ["rach-gia"],
      capitalTy: 50,
      status: "DRAFT",
    },
  ]);
  admin = await createTestUser(prisma, "quan-tri", "ADMIN", null);
  merge = await import("./merge-reference");
  manage = await import("./manage-reference");
  canonical = await import("./canonical-codes");
  ({ getReferenceData } = await import("@/lib/catalogue/reference-data"));
  ({ resolveReferences } = await import("@/lib/projects/project-writer"));
});

/** A project draft naming only the codes under test. */
const draft = (codes: { sectorCode?: string; locationCodes?: string[] }) =>
  ({ areaHa: undefined, durationYears: undefined, capitalTy: undefined, capitalUsdMillion: undefined, ...codes }) as Parameters<
    typeof resolveReferences
  >[1];

const referenceVersion = async () => (await prisma.referenceDataVersion.findUnique({ where: { id: "catalogue" } }))?.version ?? 0;

describe("merging locations into a new unit", () => {
  it("moves every project, once each, refreshes their search text, and keeps the old codes as pointers", async () => {
    const [haTien, kienLuong] = await Promise.all(
      ["ha-tien", "kien-luong"].map((code) => prisma.location.findUniqueOrThrow({ where: { code } })),
    );
    // A pending edit of a published project names the old code: it must follow.
    const published = await prisma.project.findFirstOrThrow({ where: { name: "Nhà máy xi măng" } });
    await prisma.projectRevision.create({
      data: {
        projectId: published.id,
        status: "SUBMITTED",
        baseVersion: 1,
        data: { name: "Nhà máy xi măng (sửa)", locationCodes: ["kien-luong"] },
      },
    });
    const versionBefore = await referenceVersion();

    const result = await merge.mergeReference(admin, {
      kind: "location",
      sourceIds: [haTien!.id, kienLuong!.id],
      target: { type: "new", code: "dac-khu-ha-tien", name: "Đặc khu Hà Tiên" },
    });
    expect(result).toEqual({ targetCode: "dac-khu-ha-tien", projectsMoved: 3 });

    const target = await prisma.location.findUniqueOrThrow({
      where: { code: "dac-khu-ha-tien" },
      include: { projects: { include: { project: true } } },
    });
    expect(target.projects.map(({ project }) => project.name).sort()).toEqual([
      "Cảng cá Hòn Chông",
      "Khu du lịch Mũi Nai",
      "Nhà máy xi măng",
    ]);
    for (const { project } of target.projects) expect(project.searchText).toContain("dac khu ha tien");
    expect(await prisma.projectLocation.count({ where: { locationId: { in: [haTien!.id, kienLuong!.id] } } })).toBe(0);

    const old = await prisma.location.findMany({ where: { code: { in: ["ha-tien", "kien-luong"] } } });
    expect(old.map((row) => [row.active, row.mergedIntoId])).toEqual([
      [false, target.id],
      [false, target.id],
    ]);
    const revision = await prisma.projectRevision.findFirstOrThrow({ where: { projectId: published.id } });
    expect((revision.data as { locationCodes: string[] }).locationCodes).toEqual(["dac-khu-ha-tien"]);
    expect(await referenceVersion()).toBe(versionBefore + 1);
    expect(await prisma.auditEvent.count({ where: { action: "admin.reference.merge", actorId: admin.id } })).toBe(1);
  });

  it("resolves an old code to the new one in catalogue URLs, and no longer accepts it for new filings", async () => {
    const reference = await getReferenceData();
    expect(reference.locations.map((location) => location.code)).not.toContain("ha-tien");
    const search = await canonical.canonicalCatalogueSearch(new URLSearchParams("location=kien-luong&q=cang&page=2"), reference);
    expect(search).toBe("location=dac-khu-ha-tien&q=cang&page=2");
    expect(await canonical.canonicalCatalogueSearch(new URLSearchParams("location=rach-gia"), reference)).toBeNull();
    expect(await canonical.canonicalCatalogueSearch(new URLSearchParams("location=khong-co"), reference)).toBeNull();
    await expect(prisma.$transaction((tx) => resolveReferences(tx, draft({ locationCodes: ["ha-tien"] })))).rejects.toMatchObject(
      {
        fieldErrors: { locationCodes: [expect.any(String)] },
      },
    );
  });

  it("follows a later merge of the target: the oldest codes point at the newest entry", async () => {
    const target = await prisma.location.findUniqueOrThrow({ where: { code: "dac-khu-ha-tien" } });
    const rachGia = await prisma.location.findUniqueOrThrow({ where: { code: "rach-gia" } });
    await merge.mergeReference(admin, { kind: "location", sourceIds: [target.id], target: { type: "existing", id: rachGia.id } });
    const search = await canonical.canonicalCatalogueSearch(new URLSearchParams("location=ha-tien"), await getReferenceData());
    expect(search).toBe("location=rach-gia");
  });

  it("refuses a target among the sources, an entry merged already, and a code that exists", async () => {
    const [duLich, yTe] = await Promise.all(
      ["du-lich", "y-te"].map((code) => prisma.sector.findUniqueOrThrow({ where: { code } })),
    );
    const { mergeReferenceSchema } = await import("./reference-schema");
    expect(
      mergeReferenceSchema.safeParse({ kind: "sector", sourceIds: [duLich!.id], target: { type: "existing", id: duLich!.id } })
        .success,
    ).toBe(false);
    await expect(
      merge.mergeReference(admin, {
        kind: "sector",
        sourceIds: [duLich!.id],
        target: { type: "new", code: "y-te", name: "Y tế mới" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { "target.code": [expect.any(String)] } });
    const haTien = await prisma.location.findUniqueOrThrow({ where: { code: "ha-tien" } });
    await expect(
      merge.mergeReference(admin, {
        kind: "location",
        sourceIds: [haTien.id],
        target: { type: "new", code: "moi-hon", name: "Mới hơn" },
      }),
    ).rejects.toThrow(/đã được gộp/);
    expect(yTe!.active).toBe(true);
  });
});

describe("renaming and retiring", () => {
  it("renames everywhere: the name, the projects' search text, and what the catalogue cache checks", async () => {
    const sector = await prisma.sector.findUniqueOrThrow({ where: { code: "du-lich" } });
    const before = await referenceVersion();
    await manage.renameReference(admin, { kind: "sector", id: sector.id, name: "Du lịch – Dịch vụ lưu trú" });
    const project = await prisma.project.findFirstOrThrow({ where: { name: "Khu du lịch Mũi Nai" } });
    expect(project.searchText).toContain("du lich dich vu luu tru");
    expect(await referenceVersion()).toBe(before + 1);
  });

  it("retires an entry: gone from the lists and new filings, kept on the projects that have it", async () => {
    const sector = await prisma.sector.findUniqueOrThrow({ where: { code: "cong-nghiep" } });
    await manage.setReferenceActive(admin, { kind: "sector", id: sector.id, active: false });
    expect((await getReferenceData()).sectors.map((item) => item.code)).not.toContain("cong-nghiep");
    const project = await prisma.project.findFirstOrThrow({ where: { name: "Nhà máy xi măng" }, include: { sector: true } });
    expect(project.sector?.code).toBe("cong-nghiep");
    await expect(prisma.$transaction((tx) => resolveReferences(tx, draft({ sectorCode: "cong-nghiep" })))).rejects.toMatchObject({
      fieldErrors: { sectorCode: [expect.any(String)] },
    });
  });

  it("reorders by one place and numbers the list again", async () => {
    const forms = await prisma.investmentForm.findMany({ orderBy: { sortOrder: "asc" } });
    await manage.moveReference(admin, { kind: "form", id: forms[1]!.id, direction: "up" });
    const after = await prisma.investmentForm.findMany({ orderBy: { sortOrder: "asc" } });
    expect(after.slice(0, 2).map((form) => form.code)).toEqual([forms[1]!.code, forms[0]!.code]);
    expect(after.map((form) => form.sortOrder)).toEqual(after.map((_, index) => index + 1));
  });
});
