import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { createTestUser } from "@/tests/support/test-users";
import { PROJECT_FORM_DEFAULTS, type ProjectFormInput } from "./project-form-schema";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let actions: typeof import("./project-form-actions");
let review: typeof import("@/lib/review/review-actions");
let owner: CurrentUser;
let stranger: CurrentUser;
let reviewer: CurrentUser;
let projectId: string;

const edited: ProjectFormInput = {
  ...PROJECT_FORM_DEFAULTS,
  unitName: "Đơn vị kiểm thử",
  unitAddress: "Rạch Giá",
  unitPhone: "0297 3862 031",
  unitEmail: "donvi@kiengiang.gov.vn",
  contactName: "Nguyễn Văn A",
  contactTitle: "Chuyên viên",
  sectorCode: "du-lich",
  name: "Khu du lịch Mũi Gành Dầu giai đoạn 2",
  objectives: "Mở rộng khu du lịch sinh thái, thêm bến du thuyền và khu lưu trú.",
  investmentFormCode: "nuoc-ngoai",
  capitalTy: "2.400",
  scale: "80 ha",
  durationYears: "50",
  implementationPlan: "2027–2030",
  legalBasis: "Quy hoạch tỉnh",
  locationCodes: ["phu-quoc"],
  locationText: "Xã Gành Dầu",
  infrastructure: "Có đường, điện",
  incentives: "Theo Luật Đầu tư",
  socialEfficiency: "Việc làm cho 500 lao động",
  dossierSubmission: "Sở Kế hoạch và Đầu tư",
};

const search = async (q: string) => {
  const { searchCatalogue } = await import("@/lib/catalogue/search-catalogue");
  const { parseCatalogueQuery } = await import("@/lib/catalogue/catalogue-query");
  return (await searchCatalogue(parseCatalogueQuery({ q }))).items.map((item) => item.name);
};

/** What the review page puts on screen, and so sends back with a decision. */
async function onScreen(user: CurrentUser = reviewer) {
  const { getReviewItem } = await import("@/lib/review/get-review-item");
  const item = (await getReviewItem(user, projectId))!;
  return {
    item,
    seen: { projectId, version: item.version, revisionId: item.revision?.id, revisionVersion: item.revision?.version },
  };
}

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await createFixtureProjects(prisma, [
    { name: "Khu du lịch Mũi Gành Dầu", sector: "du-lich", form: "nuoc-ngoai", locations: ["phu-quoc"], capitalTy: 1200 },
  ]);
  const project = await prisma.project.findFirstOrThrow({ where: { name: "Khu du lịch Mũi Gành Dầu" } });
  projectId = project.id;
  owner = await createTestUser(prisma, "owner", "SUBMITTER", project.organizationId);
  const other = await prisma.organization.create({ data: { code: "khac", name: "Đơn vị khác", kind: "DISTRICT" } });
  stranger = await createTestUser(prisma, "stranger", "SUBMITTER", other.id);
  reviewer = await createTestUser(prisma, "reviewer", "REVIEWER", null);
  actions = await import("./project-form-actions");
  review = await import("@/lib/review/review-actions");
});

describe("editing a published project", () => {
  it("keeps the approved version public while the edit is drafted and waits for review", async () => {
    caller = owner;
    expect((await actions.saveRevisionDraftAction({ projectId, values: { name: edited.name } })).ok).toBe(true);
    expect((await actions.submitRevisionAction({ projectId, values: edited })).ok).toBe(true);
    const live = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    expect([live.status, live.name, live.slug]).toEqual(["PUBLISHED", "Khu du lịch Mũi Gành Dầu", "khu-du-lich-mui-ganh-dau"]);
    expect(await search("giai doan 2")).toEqual([]);
    expect(await search("ganh dau")).toEqual(["Khu du lịch Mũi Gành Dầu"]);

    const { listReviewQueue, countWaitingSubmissions } = await import("@/lib/review/review-queue");
    expect((await listReviewQueue(reviewer, {})).map((item) => [item.id, item.isRevision])).toEqual([[projectId, true]]);
    expect(await countWaitingSubmissions(reviewer)).toBe(1);
    const { item } = await onScreen();
    const changes = item.changes!.map((change) => change.field);
    expect(changes).toContain("name");
    expect(changes).toContain("capitalTy");
    // Only the Editorial Board reads a submission this way.
    const { getReviewItem } = await import("@/lib/review/get-review-item");
    expect(await getReviewItem(owner, projectId)).toBeNull();
  });

  it("refuses another unit and a second edit while one waits", async () => {
    caller = stranger;
    expect(await actions.saveRevisionDraftAction({ projectId, values: { name: "Bị sửa trộm" } })).toEqual({
      ok: false,
      message: "Không tìm thấy dự án.",
    });
    caller = owner;
    expect(await actions.saveRevisionDraftAction({ projectId, values: { name: "Sửa khi đang chờ" } })).toMatchObject({
      ok: false,
      message: expect.stringContaining("đang chờ"),
    });
  });

  it("goes back to the unit with a comment, then is approved once and replaces the live version", async () => {
    caller = reviewer;
    const first = await onScreen();
    const changes = await review.decideSubmissionAction({
      ...first.seen,
      decision: "request-changes",
      comment: "Ghi rõ diện tích.",
    });
    expect(changes).toMatchObject({ ok: true, data: { status: "CHANGES_REQUESTED" } });
    caller = owner;
    expect((await actions.submitRevisionAction({ projectId, values: { ...edited, areaHa: "80" } })).ok).toBe(true);

    // The reviewer sees what changed since their comment, not only against the live version.
    const { item, seen } = await onScreen();
    expect(item.sinceRequest?.comment).toBe("Ghi rõ diện tích.");
    expect(item.sinceRequest?.changes.map((change) => [change.field, change.before, change.after])).toEqual([
      ["areaHa", "", "80"],
    ]);

    const results = await Promise.all(
      Array.from({ length: 5 }, () => {
        caller = reviewer;
        return review.decideSubmissionAction({ ...seen, decision: "approve", comment: "" });
      }),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const live = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    expect([live.status, live.name, live.slug, live.capitalVnd, live.areaHa]).toEqual([
      "PUBLISHED",
      "Khu du lịch Mũi Gành Dầu giai đoạn 2",
      "khu-du-lich-mui-ganh-dau",
      2_400_000_000_000n,
      80,
    ]);
    expect(await search("giai doan 2")).toEqual(["Khu du lịch Mũi Gành Dầu giai đoạn 2"]);
    const events = await prisma.auditEvent.findMany({
      where: { projectId, action: { startsWith: "revision." } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual([
      "revision.submit",
      "revision.request-changes",
      "revision.submit",
      "revision.approve",
    ]);
  });

  it("puts a map point through review like any field, and a removed point is removed on approval", async () => {
    const approve = async () => {
      caller = reviewer;
      const { seen } = await onScreen();
      expect((await review.decideSubmissionAction({ ...seen, decision: "approve", comment: "" })).ok).toBe(true);
      return prisma.project.findUniqueOrThrow({ where: { id: projectId }, select: { latitude: true, longitude: true } });
    };
    const located = { ...edited, areaHa: "80", latitude: "10.3823", longitude: "103.8691" };
    caller = owner;
    expect((await actions.submitRevisionAction({ projectId, values: located })).ok).toBe(true);
    const sent = await onScreen();
    expect(sent.item.changes!.map((change) => [change.field, change.before, change.after])).toEqual([
      ["latitude", "", "10,3823"],
      ["longitude", "", "103,8691"],
    ]);
    expect(await approve()).toEqual({ latitude: 10.3823, longitude: 103.8691 });

    caller = owner;
    expect((await actions.submitRevisionAction({ projectId, values: { ...located, latitude: "", longitude: "" } })).ok).toBe(
      true,
    );
    const removed = await onScreen();
    expect(removed.item.changes!.map((change) => [change.field, change.before, change.after])).toEqual([
      ["latitude", "10,3823", ""],
      ["longitude", "103,8691", ""],
    ]);
    expect(await approve()).toEqual({ latitude: null, longitude: null });
  });

  it("refuses a stale approval after the edit was sent back and resubmitted, naming what changed", async () => {
    caller = owner;
    expect(
      (await actions.submitRevisionAction({ projectId, values: { ...edited, name: "Khu du lịch Gành Dầu – bản đã duyệt" } })).ok,
    ).toBe(true);
    const stale = await onScreen();
    caller = reviewer;
    expect(
      (await review.decideSubmissionAction({ ...(await onScreen()).seen, decision: "request-changes", comment: "Sửa tên." })).ok,
    ).toBe(true);
    caller = owner;
    expect(
      (await actions.submitRevisionAction({ projectId, values: { ...edited, name: "Khu du lịch Gành Dầu – CHƯA AI ĐỌC" } })).ok,
    ).toBe(true);

    caller = reviewer;
    const result = await review.decideSubmissionAction({ ...stale.seen, decision: "approve", comment: "" });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Hồ sơ đã thay đổi sau khi bạn mở trang: owner .*đã gửi bản cập nhật với nội dung mới lúc/),
    });
    const live = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    expect(live.name).not.toContain("CHƯA AI ĐỌC");
    expect((await prisma.projectRevision.findFirstOrThrow({ where: { projectId, status: "SUBMITTED" } })).data).toMatchObject({
      name: "Khu du lịch Gành Dầu – CHƯA AI ĐỌC",
    });
  });

  it("refuses to approve an edit of a project the unit has withdrawn", async () => {
    caller = reviewer;
    const page = await onScreen();
    expect(page.seen.revisionId).toBeDefined();
    caller = owner;
    expect((await actions.withdrawProjectAction({ projectId, version: page.item.version, reason: "Đã có nhà đầu tư." })).ok).toBe(
      true,
    );

    caller = reviewer;
    const result = await review.decideSubmissionAction({ ...page.seen, decision: "approve", comment: "" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("đã rút lời kêu gọi đầu tư") });
    const live = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    expect([live.status, live.name]).toEqual(["ARCHIVED", "Khu du lịch Mũi Gành Dầu giai đoạn 2"]);
    expect(await prisma.projectRevision.count({ where: { projectId, status: "SUBMITTED" } })).toBe(0);
  });
});
