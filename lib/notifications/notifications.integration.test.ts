import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const PORTAL = "https://dautu.kiengiang.gov.vn";
let projectActions: typeof import("@/lib/projects/project-form-actions");
let reviewActions: typeof import("@/lib/review/review-actions");
let enqueueDueNotices: typeof import("./scheduled-notices").enqueueDueNotices;
let saveNotificationPreferencesAction: typeof import("./notification-actions").saveNotificationPreferencesAction;

const people = {} as Record<
  "filer" | "colleague" | "optedOut" | "reviewer" | "quietReviewer" | "formerReviewer" | "admin" | "districtFiler",
  CurrentUser
>;
let transportId: string;
let districtId: string;

const form = (name: string): ProjectFormInput => ({
  unitName: "Sở Giao thông vận tải tỉnh Kiên Giang",
  unitAddress: "Số 1 Nguyễn Công Trứ, Rạch Giá",
  unitPhone: "0297 3862 031",
  unitFax: "",
  unitEmail: "sgtvt@kiengiang.gov.vn",
  unitWebsite: "",
  contactName: "Nguyễn Văn Hùng",
  contactTitle: "Trưởng phòng",
  sectorCode: "giao-thong",
  name,
  objectives: "Xây dựng bến xe khách loại 2 phục vụ người dân và du khách.",
  investmentFormCode: "trong-nuoc",
  capitalTy: "85,5",
  capitalUsdMillion: "",
  scale: "Diện tích 2 ha",
  areaHa: "2",
  durationYears: "50",
  implementationPlan: "2027: khởi công",
  legalBasis: "Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030",
  locationCodes: ["kien-luong"],
  locationText: "Thị trấn Kiên Lương",
  infrastructure: "Điện, nước",
  incentives: "Theo Luật Đầu tư 2020",
  socialEfficiency: "Tạo việc làm",
  dossierSubmission: "Sở Kế hoạch và Đầu tư",
});

const mailsOfKind = (kind: string) =>
  prisma.outboxMessage.findMany({ where: { kind }, orderBy: [{ to: "asc" }, { createdAt: "asc" }] });

async function submit(name: string, as = people.filer) {
  caller = as;
  const result = await projectActions.submitProjectAction({ values: form(name) });
  if (!result.ok) throw new Error(result.message);
  return prisma.project.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function decide(projectId: string, decision: "approve" | "request-changes" | "reject", comment = "", extra = {}) {
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
  caller = people.reviewer;
  return reviewActions.decideSubmissionAction({ projectId, version: project.version, decision, comment, ...extra });
}

beforeAll(async () => {
  process.env.NEXTAUTH_URL = PORTAL;
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  const org = (code: string, name: string, kind: "DEPARTMENT" | "DISTRICT" | "EDITORIAL") =>
    prisma.organization.create({ data: { code, name, kind } });
  const transport = await org("so-gtvt", "Sở Giao thông vận tải", "DEPARTMENT");
  const district = await org("ubnd-kien-luong", "UBND huyện Kiên Lương", "DISTRICT");
  const board = await org("so-tttt", "Sở Thông tin và Truyền thông", "EDITORIAL");
  transportId = transport.id;
  districtId = district.id;
  Object.assign(people, {
    filer: await createTestUser(prisma, "filer", "SUBMITTER", transport.id),
    colleague: await createTestUser(prisma, "colleague", "SUBMITTER", transport.id),
    optedOut: await createTestUser(prisma, "opted-out", "SUBMITTER", transport.id),
    districtFiler: await createTestUser(prisma, "district-filer", "SUBMITTER", district.id),
    reviewer: await createTestUser(prisma, "reviewer", "REVIEWER", board.id),
    quietReviewer: await createTestUser(prisma, "quiet-reviewer", "REVIEWER", board.id),
    formerReviewer: await createTestUser(prisma, "former-reviewer", "REVIEWER", board.id),
    admin: await createTestUser(prisma, "admin", "ADMIN", board.id),
  });
  await prisma.user.update({ where: { id: "former-reviewer" }, data: { active: false } });
  projectActions = await import("@/lib/projects/project-form-actions");
  reviewActions = await import("@/lib/review/review-actions");
  ({ enqueueDueNotices } = await import("./scheduled-notices"));
  ({ saveNotificationPreferencesAction } = await import("./notification-actions"));

  // Preferences are set the way a user sets them, through the settings page's action.
  caller = people.quietReviewer;
  expect(await saveNotificationPreferencesAction({ enabled: [] })).toEqual({ ok: true, data: undefined });
  caller = people.optedOut;
  expect(await saveNotificationPreferencesAction({ enabled: ["review.decided", "project.stale-digest"] })).toEqual({
    ok: true,
    data: undefined,
  });
});

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
});

describe("a submission waiting for review", () => {
  it("is mailed to every active reviewer who has not turned it off, with the link to its review page", async () => {
    const project = await submit("Bến xe khách Kiên Lương");
    const mails = await mailsOfKind("review.waiting");
    expect(mails.map((mail) => mail.to)).toEqual(["reviewer@test.local"]);
    const [mail] = mails;
    expect(mail!.subject).toBe("Hồ sơ chờ duyệt: Bến xe khách Kiên Lương");
    expect(mail!.text).toContain("Kính gửi Ông/Bà reviewer,");
    expect(mail!.text).toContain("Sở Giao thông vận tải vừa gửi hồ sơ dự án “Bến xe khách Kiên Lương”");
    expect(mail!.text).toContain(`Mở hồ sơ để duyệt:\n${PORTAL}/review/${project.id}\n`);
    expect(mail!.text).toContain(`${PORTAL}/account/notifications`);
  });

  it("is not mailed when the submission itself fails", async () => {
    caller = people.filer;
    const result = await projectActions.submitProjectAction({ values: { ...form("Cảng cá Tắc Cậu"), sectorCode: "khong-co" } });
    expect(result.ok).toBe(false);
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("says so when the unit sends it back after changes, and when it is an edit of a published project", async () => {
    const project = await submit("Cầu Cái Lớn mở rộng");
    expect(await decide(project.id, "request-changes", "Bổ sung quy mô vốn")).toMatchObject({ ok: true });
    const again = await prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    caller = people.filer;
    expect(
      await projectActions.submitProjectAction({
        projectId: project.id,
        version: again.version,
        values: form("Cầu Cái Lớn mở rộng"),
      }),
    ).toMatchObject({ ok: true });
    const [resubmitted] = (await mailsOfKind("review.waiting")).slice(-1);
    expect(resubmitted!.text).toContain("đã chỉnh sửa theo ý kiến của Ban Biên tập và gửi lại hồ sơ dự án “Cầu Cái Lớn mở rộng”");

    expect(await decide(project.id, "approve")).toMatchObject({ ok: true });
    await prisma.outboxMessage.deleteMany();
    caller = people.colleague;
    expect(
      await projectActions.submitRevisionAction({ projectId: project.id, values: form("Cầu Cái Lớn mở rộng (giai đoạn 2)") }),
    ).toMatchObject({ ok: true });
    const [revision] = await mailsOfKind("review.waiting");
    expect(revision!.subject).toBe("Hồ sơ chờ duyệt (bản cập nhật): Cầu Cái Lớn mở rộng");
    expect(revision!.text).toContain(`${PORTAL}/review/${project.id}`);
  });
});

describe("a review decision", () => {
  it("is mailed to the person who submitted: published with the public page, changes requested with the comment and the unit's page", async () => {
    const first = await submit("Bến tàu Hòn Sơn", people.colleague);
    await prisma.outboxMessage.deleteMany();
    expect(await decide(first.id, "approve")).toMatchObject({ ok: true });
    const [approved] = await mailsOfKind("review.decided");
    const slug = (await prisma.project.findUniqueOrThrow({ where: { id: first.id } })).slug;
    expect(approved).toMatchObject({ to: "colleague@test.local", subject: "Dự án đã được công bố: Bến tàu Hòn Sơn" });
    expect(approved!.text).toContain(`Xem trang công khai của dự án:\n${PORTAL}/projects/${slug}\n`);

    const second = await submit("Đường ven biển Rạch Giá – Hòn Đất");
    await prisma.outboxMessage.deleteMany();
    expect(await decide(second.id, "request-changes", "Xin bổ sung căn cứ pháp lý.")).toMatchObject({ ok: true });
    const [changes] = await mailsOfKind("review.decided");
    expect(changes).toMatchObject({ to: "filer@test.local", subject: "Hồ sơ cần chỉnh sửa: Đường ven biển Rạch Giá – Hòn Đất" });
    expect(changes!.text).toContain("Ý kiến của Ban Biên tập: “Xin bổ sung căn cứ pháp lý.”");
    expect(changes!.text).toContain(`${PORTAL}/dashboard/projects/${second.id}`);
  });

  it("is mailed once when ten reviewers decide at the same moment", async () => {
    const project = await submit("Cảng Mũi Đất Đỏ");
    await prisma.outboxMessage.deleteMany();
    const reviewers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        createTestUser(prisma, `same-moment-${n}`, "REVIEWER", people.reviewer.organizationId),
      ),
    );
    const version = (await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).version;
    const results = await Promise.all(
      reviewers.map((reviewer, n) => {
        caller = reviewer;
        return reviewActions.decideSubmissionAction({
          projectId: project.id,
          version,
          decision: n % 2 ? "reject" : "request-changes",
          comment: "Chưa đạt",
        });
      }),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await mailsOfKind("review.decided")).toHaveLength(1);
  });

  it("on an edit of a published project says the published information stays", async () => {
    const project = await submit("Bãi đỗ xe Phú Quốc");
    expect(await decide(project.id, "approve")).toMatchObject({ ok: true });
    caller = people.filer;
    expect(
      await projectActions.submitRevisionAction({ projectId: project.id, values: form("Bãi đỗ xe Phú Quốc (mở rộng)") }),
    ).toMatchObject({ ok: true });
    await prisma.outboxMessage.deleteMany();
    const { getReviewItem } = await import("@/lib/review/get-review-item");
    const item = (await getReviewItem(people.reviewer, project.id))!;
    expect(
      await decide(project.id, "reject", "Quy mô không phù hợp quy hoạch.", {
        version: item.version,
        revisionId: item.revision!.id,
        revisionVersion: item.revision!.version,
      }),
    ).toMatchObject({ ok: true });
    const [rejected] = await mailsOfKind("review.decided");
    expect(rejected).toMatchObject({ to: "filer@test.local", subject: "Bản cập nhật không được duyệt: Bãi đỗ xe Phú Quốc" });
    expect(rejected!.text).toContain("Thông tin đang công bố vẫn được giữ nguyên.");
    expect(rejected!.text).toContain("Lý do: “Quy mô không phù hợp quy hoạch.”");
  });
});

describe("scheduled notices", () => {
  // 08:00 on 5 and 12 December 2026, Vietnam time: 10 and 3 days before the 15 December deadline.
  const TEN_DAYS_BEFORE = new Date("2026-12-05T01:00:00.000Z");
  const THREE_DAYS_BEFORE = new Date("2026-12-12T01:00:00.000Z");

  /** Several app servers reaching the schedule at the same moment. */
  async function manyServers(now: Date, count = 5) {
    const separate = integration.database.provider === "postgresql";
    const clients = separate ? Array.from({ length: count }, () => createPrismaClient(integration.database.url)) : [];
    try {
      return (await Promise.all(Array.from({ length: count }, (_, n) => enqueueDueNotices(clients[n] ?? prisma, now)))).flat();
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  }

  it("reminds the units that have not submitted their report, 10 and 3 days before the deadline, once each across servers", async () => {
    await prisma.quarterlyReport.create({
      data: {
        organizationId: districtId,
        year: 2026,
        quarter: 4,
        status: "SUBMITTED",
        submittedAt: new Date("2026-12-01T03:00:00Z"),
      },
    });
    await prisma.quarterlyReport.create({ data: { organizationId: transportId, year: 2026, quarter: 4, status: "DRAFT" } });

    expect(await manyServers(new Date(TEN_DAYS_BEFORE.getTime() - 1))).toEqual([]);
    expect(await manyServers(TEN_DAYS_BEFORE)).toEqual([`report-deadline:2026-Q4:10:${transportId}`]);
    const tenDays = await mailsOfKind("report.deadline");
    // The unit's submitters, less the one who turned reminders off; not the district, which has submitted.
    expect(tenDays.map((mail) => mail.to)).toEqual(["colleague@test.local", "filer@test.local"]);
    expect(tenDays[0]!.subject).toBe("Nhắc hạn gửi báo cáo quý IV/2026: còn 10 ngày");
    expect(tenDays[0]!.text).toContain(
      "Đến nay Sở Giao thông vận tải chưa gửi báo cáo quý IV/2026 (đơn vị đã có bản nháp nhưng chưa gửi).",
    );
    expect(tenDays[0]!.text).toContain("Hạn gửi là 23:59 ngày 15/12/2026 (còn 10 ngày).");
    expect(tenDays[0]!.text).toContain(`Lập và gửi báo cáo:\n${PORTAL}/reports?period=2026-4\n`);

    expect(await manyServers(new Date(TEN_DAYS_BEFORE.getTime() + 3_600_000))).toEqual([]);
    await prisma.outboxMessage.deleteMany();
    expect(await manyServers(THREE_DAYS_BEFORE)).toEqual([`report-deadline:2026-Q4:3:${transportId}`]);
    expect((await mailsOfKind("report.deadline")).map((mail) => mail.subject)).toEqual(
      Array(2).fill("Nhắc hạn gửi báo cáo quý IV/2026: còn 3 ngày"),
    );
    expect(await manyServers(new Date("2026-12-15T16:00:00.000Z"))).toEqual([]);
  });

  it("sends each unit one digest a month of its out-of-date projects, with a link to each", async () => {
    const now = new Date("2027-01-04T03:00:00.000Z");
    const longAgo = new Date(now.getTime() - 200 * 86_400_000);
    const stale = await submit("Nhà ga hàng hóa Rạch Giá");
    await prisma.project.update({
      where: { id: stale.id },
      data: { status: "PUBLISHED", slug: "nha-ga-hang-hoa-rach-gia", publishedAt: longAgo, lastConfirmedAt: longAgo },
    });
    await prisma.outboxMessage.deleteMany();

    const sent = await manyServers(now);
    expect(sent).toEqual([`stale-digest:2027-01:${transportId}`]);
    const digests = await mailsOfKind("project.stale-digest");
    // Everyone of the unit who files projects, including the one who only turned deadline reminders off.
    expect(digests.map((mail) => mail.to)).toEqual(["colleague@test.local", "filer@test.local", "opted-out@test.local"]);
    expect(digests[0]!.subject).toMatch(/^Tháng 1\/2027: \d+ dự án của đơn vị cần xác nhận thông tin$/);
    expect(digests[0]!.text).toContain(
      `– Nhà ga hàng hóa Rạch Giá (xác nhận lần cuối ${new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh" }).format(longAgo)}):\n  ${PORTAL}/dashboard/projects/${stale.id}`,
    );

    expect(await manyServers(new Date("2027-01-31T12:00:00.000Z"))).toEqual([]);
    expect(await manyServers(new Date("2027-02-01T01:00:00.000Z"))).toEqual([`stale-digest:2027-02:${transportId}`]);
    // A unit whose projects fall out of date after the month's first look still has its digest that month.
    await prisma.project.update({ where: { id: stale.id }, data: { organizationId: districtId } });
    expect(await manyServers(new Date("2027-02-10T01:00:00.000Z"))).toEqual([`stale-digest:2027-02:${districtId}`]);
  });
});

describe("notification settings", () => {
  it("turn off only the kinds the user's role receives", async () => {
    caller = people.reviewer;
    expect(await saveNotificationPreferencesAction({ enabled: ["review.decided"] })).toEqual({ ok: true, data: undefined });
    expect(await prisma.notificationOptOut.findMany({ where: { userId: "reviewer" }, select: { kind: true } })).toEqual([
      { kind: "review.waiting" },
    ]);
    expect(await saveNotificationPreferencesAction({ enabled: ["review.waiting"] })).toEqual({ ok: true, data: undefined });
    expect(await prisma.notificationOptOut.count({ where: { userId: "reviewer" } })).toBe(0);
  });

  it("refuse an unknown kind and an anonymous caller", async () => {
    caller = people.reviewer;
    expect(await saveNotificationPreferencesAction({ enabled: ["auth.invitation" as never] })).toMatchObject({ ok: false });
    caller = null;
    expect(await saveNotificationPreferencesAction({ enabled: [] })).toMatchObject({ ok: false });
    expect(await prisma.notificationOptOut.count({ where: { userId: "reviewer" } })).toBe(0);
  });
});
