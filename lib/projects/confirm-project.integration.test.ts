import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { DAY_MS } from "@/lib/time/day";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let freshness: typeof import("./confirm-project");
let withdrawal: typeof import("./withdraw-project");
let owner: CurrentUser;
let stranger: CurrentUser;

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  const old = new Date(Date.now() - 200 * DAY_MS);
  await createFixtureProjects(prisma, [
    { name: "Dự án đã cũ", sector: "y-te", form: "khac", locations: ["rach-gia"], capitalTy: 10, publishedAt: old },
    { name: "Dự án còn mới", sector: "y-te", form: "khac", locations: ["rach-gia"], capitalTy: 10, publishedAt: new Date() },
    // Imported without a confirmation date: its publication counts, as on the public page.
    {
      name: "Dự án nhập chưa xác nhận",
      sector: "y-te",
      form: "khac",
      locations: ["rach-gia"],
      capitalTy: 10,
      publishedAt: new Date(old.getTime() - DAY_MS),
    },
  ]);
  await prisma.project.updateMany({ data: { lastConfirmedAt: old }, where: { name: "Dự án đã cũ" } });
  await prisma.project.updateMany({ data: { lastConfirmedAt: new Date() }, where: { name: "Dự án còn mới" } });
  const unit = await prisma.organization.findUniqueOrThrow({ where: { code: "fixture-org" } });
  const other = await prisma.organization.create({ data: { code: "khac", name: "Đơn vị khác", kind: "DISTRICT" } });
  owner = await createTestUser(prisma, "owner", "SUBMITTER", unit.id);
  stranger = await createTestUser(prisma, "stranger", "SUBMITTER", other.id);
  freshness = await import("./confirm-project");
  withdrawal = await import("./withdraw-project");
});

describe("freshness", () => {
  it("lists the unit's projects past the period, and only the unit's", async () => {
    const now = new Date();
    expect((await freshness.listStaleProjects(owner, now, 180)).map((project) => project.name)).toEqual([
      "Dự án nhập chưa xác nhận",
      "Dự án đã cũ",
    ]);
    expect(await freshness.listStaleProjects(owner, now, 365)).toEqual([]);
    expect(await freshness.listStaleProjects(stranger, now, 180)).toEqual([]);
  });

  it("confirms without review, records it, and refuses another unit or a stale version", async () => {
    const stale = (await freshness.listStaleProjects(owner, new Date(), 180)).find((project) => project.name === "Dự án đã cũ");
    await expect(freshness.confirmProjectCurrent(stranger, { projectId: stale!.id, version: stale!.version })).rejects.toThrow(
      "Không tìm thấy dự án.",
    );
    await freshness.confirmProjectCurrent(owner, { projectId: stale!.id, version: stale!.version });
    const row = await prisma.project.findUniqueOrThrow({ where: { id: stale!.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(Date.now() - row.lastConfirmedAt!.getTime()).toBeLessThan(60_000);
    expect((await freshness.listStaleProjects(owner, new Date(), 180)).map((project) => project.name)).toEqual([
      "Dự án nhập chưa xác nhận",
    ]);
    expect(await prisma.auditEvent.count({ where: { projectId: stale!.id, action: "project.confirm", actorId: "owner" } })).toBe(
      1,
    );
    await expect(freshness.confirmProjectCurrent(owner, { projectId: stale!.id, version: stale!.version })).rejects.toThrow(
      "vừa được thay đổi",
    );
  });
});

describe("withdrawal", () => {
  it("archives the unit's own published project with the reason in the history, once", async () => {
    const project = await prisma.project.findFirstOrThrow({ where: { name: "Dự án còn mới" } });
    const input = { projectId: project.id, version: project.version, reason: "Đã có nhà đầu tư" };
    await expect(withdrawal.withdrawProject(stranger, input)).rejects.toThrow("Không tìm thấy dự án.");
    await withdrawal.withdrawProject(owner, input);
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("ARCHIVED");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "project.withdraw" } });
    expect(event).toMatchObject({ actorId: "owner", fromStatus: "PUBLISHED", toStatus: "ARCHIVED", comment: "Đã có nhà đầu tư" });
    await expect(withdrawal.withdrawProject(owner, input)).rejects.toThrow("vừa được thay đổi");
    const { searchCatalogue } = await import("@/lib/catalogue/search-catalogue");
    const { parseCatalogueQuery } = await import("@/lib/catalogue/catalogue-query");
    expect((await searchCatalogue(parseCatalogueQuery({ q: "du an con moi" }))).total).toBe(0);
  });
});
