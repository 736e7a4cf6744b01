import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";
import { quarterOf } from "./quarter";

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let actions: typeof import("./report-actions");
let reports: typeof import("./quarterly-reports");
let unit: CurrentUser;
let otherUnit: CurrentUser;
let reviewer: CurrentUser;
let admin: CurrentUser;
const now = new Date();
const period = quarterOf(now);
const values = {
  year: period.year,
  quarter: period.quarter,
  newsPosted: 12,
  documentsPublished: 3,
  promotionItems: 2,
  difficulties: "Thiếu nhân lực",
  proposals: "",
};

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  // Known data for this quarter: two projects of the unit published, one submitted, one confirmed.
  await createFixtureProjects(prisma, [
    { name: "Dự án A", sector: "y-te", form: "khac", locations: ["rach-gia"], capitalTy: 10, publishedAt: now },
    { name: "Dự án B", sector: "y-te", form: "khac", locations: ["rach-gia"], capitalTy: 20, publishedAt: now },
  ]);
  const organization = await prisma.organization.findUniqueOrThrow({ where: { code: "fixture-org" } });
  const other = await prisma.organization.create({ data: { code: "huyen-khac", name: "UBND huyện khác", kind: "DISTRICT" } });
  const board = await prisma.organization.create({ data: { code: "so-tttt", name: "Sở TT&TT", kind: "EDITORIAL" } });
  unit = await createTestUser(prisma, "unit", "SUBMITTER", organization.id);
  otherUnit = await createTestUser(prisma, "other", "SUBMITTER", other.id);
  reviewer = await createTestUser(prisma, "reviewer", "REVIEWER", board.id);
  admin = await createTestUser(prisma, "admin", "ADMIN", board.id);
  const projects = await prisma.project.findMany({ where: { organizationId: organization.id } });
  for (const project of projects) {
    await prisma.auditEvent.create({
      data: { action: "project.submit", projectId: project.id, actorId: "unit", toStatus: "SUBMITTED" },
    });
    await prisma.auditEvent.create({
      data: { action: "review.approve", projectId: project.id, actorId: "reviewer", toStatus: "PUBLISHED" },
    });
  }
  await prisma.auditEvent.create({ data: { action: "project.confirm", projectId: projects[0]!.id, actorId: "unit" } });
  // Another unit's activity never counts for this one.
  await prisma.auditEvent.create({ data: { action: "project.submit", actorId: "other" } });
  actions = await import("./report-actions");
  reports = await import("./quarterly-reports");
});

describe("quarterly reports", () => {
  it("pre-fills the portal's figures for the unit's quarter", async () => {
    const { report, figures } = await reports.getOwnReport(unit, period);
    expect(report).toBeNull();
    expect(figures).toEqual({
      filed: 2,
      published: 2,
      updated: 0,
      confirmed: 1,
      staleAtEnd: 0,
      enquiries: 0,
      enquiriesAnswered: 0,
      medianReplyHours: null,
    });
    expect((await reports.getOwnReport(otherUnit, period)).figures).toEqual({
      filed: 0,
      published: 0,
      updated: 0,
      confirmed: 0,
      staleAtEnd: 0,
      enquiries: 0,
      enquiriesAnswered: 0,
      medianReplyHours: null,
    });
  });

  it("saves a draft, submits once, and is read-only afterwards", async () => {
    caller = unit;
    expect((await actions.saveReportDraftAction({ ...values, newsPosted: 5 })).ok).toBe(true);
    const submitted = await actions.submitReportAction(values);
    expect(submitted).toMatchObject({ ok: true, data: { status: "SUBMITTED", onTime: expect.any(Boolean) } });
    const row = await prisma.quarterlyReport.findFirstOrThrow({ where: { organizationId: unit.organizationId! } });
    expect(row).toMatchObject({ newsPosted: 12, submittedById: "unit", systemFigures: { filed: 2, published: 2 } });
    expect(await actions.saveReportDraftAction({ ...values, newsPosted: 99 })).toMatchObject({
      ok: false,
      message: expect.stringContaining("đã được gửi"),
    });
  });

  it("refuses reviewers, admins, anonymous callers and bad numbers", async () => {
    for (const user of [reviewer, admin, null]) {
      caller = user;
      expect((await actions.saveReportDraftAction(values)).ok).toBe(false);
    }
    caller = otherUnit;
    expect(await actions.saveReportDraftAction({ ...values, newsPosted: -1 })).toMatchObject({
      ok: false,
      fieldErrors: { newsPosted: ["Số tin, bài đã đăng không được âm"] },
    });
    expect(await prisma.quarterlyReport.count()).toBe(1);
  });

  it("keeps empty figures empty in a draft and refuses to submit them", async () => {
    caller = otherUnit;
    const empty = { ...values, newsPosted: "", documentsPublished: "", promotionItems: "" };
    expect((await actions.saveReportDraftAction(empty)).ok).toBe(true);
    const draft = await prisma.quarterlyReport.findFirstOrThrow({ where: { organizationId: otherUnit.organizationId! } });
    expect(draft).toMatchObject({ status: "DRAFT", newsPosted: null, documentsPublished: null, promotionItems: null });
    expect(await actions.submitReportAction(empty)).toMatchObject({
      ok: false,
      fieldErrors: { newsPosted: ["Vui lòng nhập số tin, bài đã đăng; nếu không có, hãy nhập 0"] },
    });
    expect((await prisma.quarterlyReport.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("shows the province who filed, who is drafting and who is missing", async () => {
    const board = await reports.complianceBoard(admin, period);
    const state = Object.fromEntries(board.map((row) => [row.organization.name, row.state]));
    expect(state).toEqual({ "Đơn vị kiểm thử": expect.stringMatching(/^(on-time|late)$/), "UBND huyện khác": "draft" });
    // The Editorial Board is not a reporting unit.
    expect(board.map((row) => row.organization.name)).not.toContain("Sở TT&TT");
    // A draft is still the unit's own: the board shows its state, not its content.
    expect(board.find((row) => row.state === "draft")).toMatchObject({ report: null, figures: null });
  });

  it("opens one unit's report, written parts included, for Sở TT&TT only", async () => {
    const filed = await reports.getUnitReport(admin, "fixture-org", period);
    expect(filed).toMatchObject({
      state: expect.stringMatching(/^(on-time|late)$/),
      report: { newsPosted: 12, difficulties: "Thiếu nhân lực", proposals: "" },
      figures: { filed: 2, published: 2 },
    });
    const drafting = await reports.getUnitReport(admin, "huyen-khac", period);
    expect(drafting).toMatchObject({ state: "draft", report: null, figures: { published: 0 } });
    expect(await reports.getUnitReport(admin, "so-tttt", period)).toBeNull();
    await expect(reports.getUnitReport(unit, "fixture-org", period)).rejects.toThrow("không có quyền");
    await expect(reports.complianceBoard(reviewer, period)).rejects.toThrow("không có quyền");
  });
});
