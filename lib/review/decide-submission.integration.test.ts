import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let decideSubmissionAction: typeof import("./review-actions").decideSubmissionAction;
let reviewers: CurrentUser[];
let submitter: CurrentUser;

async function submission(name: string) {
  await createFixtureProjects(prisma, [
    { name, status: "SUBMITTED", sector: "du-lich", form: "trong-nuoc", locations: ["phu-quoc"], capitalTy: 500 },
  ]);
  return prisma.project.findFirstOrThrow({ where: { name } });
}

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  const board = await prisma.organization.create({ data: { code: "ban-bien-tap", name: "Ban Biên tập", kind: "EDITORIAL" } });
  reviewers = await Promise.all(
    Array.from({ length: 10 }, (_, n) => createTestUser(prisma, `reviewer-${n}`, "REVIEWER", board.id)),
  );
  await createFixtureProjects(prisma, []);
  const unit = await prisma.organization.findUniqueOrThrow({ where: { code: "fixture-org" } });
  submitter = await createTestUser(prisma, "submitter", "SUBMITTER", unit.id);
  ({ decideSubmissionAction } = await import("./review-actions"));
});

describe("review decisions", () => {
  it("publishes at once with a readable slug, a publication date and a confirmation date", async () => {
    const project = await submission("Khu nghỉ dưỡng Bãi Sao – Phú Quốc");
    caller = reviewers[0]!;
    const result = await decideSubmissionAction({
      projectId: project.id,
      version: project.version,
      decision: "approve",
      comment: "",
    });
    expect(result).toEqual({ ok: true, data: { status: "PUBLISHED", slug: "khu-nghi-duong-bai-sao-phu-quoc" } });
    const row = await prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.lastConfirmedAt).toEqual(row.publishedAt);
    const { searchCatalogue } = await import("@/lib/catalogue/search-catalogue");
    const { parseCatalogueQuery } = await import("@/lib/catalogue/catalogue-query");
    const found = await searchCatalogue(parseCatalogueQuery({ q: "bai sao", sector: "du-lich" }));
    expect(found.items.map((item) => item.slug)).toEqual(["khu-nghi-duong-bai-sao-phu-quoc"]);
  });

  it("gives a second project with the same name its own slug", async () => {
    const project = await submission("Khu nghỉ dưỡng Bãi Sao – Phú Quốc ");
    caller = reviewers[1]!;
    const result = await decideSubmissionAction({
      projectId: project.id,
      version: project.version,
      decision: "approve",
      comment: "",
    });
    expect(result).toMatchObject({ ok: true, data: { slug: "khu-nghi-duong-bai-sao-phu-quoc-2" } });
  });

  it("makes exactly one decision when ten reviewers decide at the same moment", async () => {
    const project = await submission("Cảng du thuyền Hòn Thơm");
    const results = await Promise.all(
      reviewers.map((reviewer, n) => {
        caller = reviewer;
        const decision = n % 3 === 0 ? "approve" : n % 3 === 1 ? "request-changes" : "reject";
        return decideSubmissionAction({
          projectId: project.id,
          version: project.version,
          decision,
          comment: "Ý kiến của người duyệt",
        });
      }),
    );
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    const losers = results.filter((result) => !result.ok);
    for (const loser of losers) {
      expect(loser).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          /^Hồ sơ đã thay đổi sau khi bạn mở trang: reviewer-\d+ \(Ban Biên tập\) đã (phê duyệt|yêu cầu đơn vị chỉnh sửa|từ chối) hồ sơ lúc/,
        ),
      });
    }
    const events = await prisma.auditEvent.findMany({ where: { projectId: project.id, action: { startsWith: "review." } } });
    expect(events).toHaveLength(1);
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(project.version + 1);
  });

  it("refuses a decision on a version the reviewer did not see (the unit changed it meanwhile)", async () => {
    const project = await submission("Bến tàu khách Rạch Vẹm");
    await prisma.project.update({ where: { id: project.id }, data: { version: { increment: 1 } } });
    caller = reviewers[2]!;
    const result = await decideSubmissionAction({
      projectId: project.id,
      version: project.version,
      decision: "approve",
      comment: "",
    });
    expect(result.ok).toBe(false);
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("SUBMITTED");
  });

  it("never lets a submitter, an admin or an anonymous caller decide", async () => {
    const project = await submission("Chợ đêm Dinh Cậu mở rộng");
    const admin = await createTestUser(prisma, "admin", "ADMIN", null);
    for (const user of [submitter, admin, null]) {
      caller = user;
      const result = await decideSubmissionAction({
        projectId: project.id,
        version: project.version,
        decision: "approve",
        comment: "",
      });
      expect(result.ok).toBe(false);
    }
    const row = await prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect([row.status, row.slug, row.version]).toEqual(["SUBMITTED", null, project.version]);
  });

  it("asks for changes with the comment recorded for the unit, and the unit can answer", async () => {
    const project = await submission("Làng chài Hàm Ninh du lịch cộng đồng");
    caller = reviewers[3]!;
    const missing = await decideSubmissionAction({
      projectId: project.id,
      version: project.version,
      decision: "request-changes",
      comment: "",
    });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { comment: ["Vui lòng ghi rõ nội dung cần chỉnh sửa"] } });
    const result = await decideSubmissionAction({
      projectId: project.id,
      version: project.version,
      decision: "request-changes",
      comment: "Bổ sung diện tích và căn cứ pháp lý.",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "CHANGES_REQUESTED", slug: null } });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { projectId: project.id, action: "review.request-changes" },
    });
    expect(event).toMatchObject({
      actorId: "reviewer-3",
      fromStatus: "SUBMITTED",
      toStatus: "CHANGES_REQUESTED",
      comment: "Bổ sung diện tích và căn cứ pháp lý.",
    });
    const { getPublicProjectPage } = await import("@/lib/catalogue/public-project-page");
    expect(await getPublicProjectPage("lang-chai-ham-ninh-du-lich-cong-dong")).toBeNull();
  });

  it("shows the reviewer what the unit changed since the comment, against the text commented on", async () => {
    const project = await submission("Khu dân cư Tà Lúa");
    caller = reviewers[4]!;
    const { getReviewItem } = await import("./get-review-item");
    const before = (await getReviewItem(caller, project.id))!;
    expect(before.sinceRequest).toBeNull();
    await decideSubmissionAction({
      projectId: project.id,
      version: before.version,
      decision: "request-changes",
      comment: "Nêu rõ quy mô.",
    });
    // The unit edits and sends it again.
    await prisma.project.update({
      where: { id: project.id },
      data: { scale: "45 ha, 900 lô nền", status: "SUBMITTED", version: { increment: 1 } },
    });
    const after = (await getReviewItem(caller, project.id))!;
    expect(after.sinceRequest).toMatchObject({ comment: "Nêu rõ quy mô.", requestedBy: "reviewer-4" });
    expect(after.sinceRequest!.changes).toEqual([
      { field: "scale", label: "Quy mô dự án", before: "", after: "45 ha, 900 lô nền" },
    ]);
    expect(await getReviewItem(submitter, project.id)).toBeNull();
  });
});
