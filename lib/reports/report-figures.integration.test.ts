import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/date";
import type { PrismaClient, ProjectStatus } from "@/lib/generated/prisma/client";
import { projectFreshness } from "@/lib/projects/freshness";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";
import { quarterOf, type Quarter } from "./quarter";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let figures: typeof import("./report-figures");
let publicPage: typeof import("@/lib/catalogue/public-project-page");
let unitId: string;

const Q3: Quarter = { year: 2026, quarter: 3 };
const Q4: Quarter = { year: 2026, quarter: 4 };
// A fixed "today" inside quý IV/2026, so the figures do not depend on the day the suite runs.
const TODAY = new Date("2026-11-30T05:00:00Z");
const utc = (iso: string) => new Date(iso);

/** Projects as the seed and an import write them: dates only, no audit trail. */
const IMPORTED: { name: string; status?: ProjectStatus; publishedAt: Date; lastConfirmedAt?: Date; submittedAt?: Date }[] = [
  // Shown publicly as "Công bố 16/10/2026".
  { name: "Nhập công bố 16/10", publishedAt: utc("2026-10-16T03:00:00Z"), submittedAt: utc("2026-10-10T03:00:00Z") },
  // 00:30 on 1 October in Vietnam, still 30 September in UTC: the public reads 01/10/2026.
  { name: "Nhập công bố nửa đêm 1/10", publishedAt: utc("2026-09-30T17:30:00Z") },
  // 23:30 on 30 September in Vietnam: quý III.
  { name: "Nhập công bố tối 30/9", publishedAt: utc("2026-09-30T16:30:00Z") },
  // Published long ago, confirmed in quý IV: fresh now, but out of date at the end of quý III.
  { name: "Nhập xác nhận 2/11", publishedAt: utc("2026-03-01T03:00:00Z"), lastConfirmedAt: utc("2026-11-02T03:00:00Z") },
  // Never confirmed since January: out of date at both ends.
  { name: "Nhập chưa xác nhận", publishedAt: utc("2026-01-10T03:00:00Z") },
  // Published in quý IV and withdrawn since: its page still says when it was published.
  { name: "Nhập đã rút", status: "ARCHIVED", publishedAt: utc("2026-10-20T03:00:00Z") },
];

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await createFixtureProjects(
    prisma,
    IMPORTED.map(({ name, publishedAt }) => ({
      name,
      publishedAt,
      sector: "du-lich",
      form: "khac",
      locations: ["phu-quoc"],
      capitalTy: 100,
    })),
  );
  for (const project of IMPORTED) {
    await prisma.project.updateMany({
      where: { name: project.name },
      data: {
        status: project.status ?? "PUBLISHED",
        submittedAt: project.submittedAt ?? null,
        lastConfirmedAt: project.lastConfirmedAt ?? project.publishedAt,
      },
    });
  }
  await prisma.project.updateMany({ where: { name: "Nhập chưa xác nhận" }, data: { lastConfirmedAt: null } });
  unitId = (await prisma.organization.findUniqueOrThrow({ where: { code: "fixture-org" } })).id;
  // Another unit's publication never counts for this one.
  const other = await prisma.organization.create({ data: { code: "don-vi-khac", name: "Đơn vị khác", kind: "DISTRICT" } });
  await prisma.project.create({
    data: {
      organizationId: other.id,
      name: "Dự án đơn vị khác",
      status: "PUBLISHED",
      slug: "du-an-don-vi-khac",
      publishedAt: utc("2026-10-16T03:00:00Z"),
    },
  });

  // One project goes the app's own way: submitted, then approved by the Editorial Board today.
  await createFixtureProjects(prisma, [
    { name: "Qua duyệt", status: "SUBMITTED", sector: "du-lich", form: "khac", locations: ["phu-quoc"], capitalTy: 50 },
  ]);
  const board = await prisma.organization.create({ data: { code: "ban-bien-tap", name: "Ban Biên tập", kind: "EDITORIAL" } });
  const reviewer: CurrentUser = await createTestUser(prisma, "reviewer", "REVIEWER", board.id);
  const submitted = await prisma.project.findFirstOrThrow({ where: { name: "Qua duyệt" } });
  const { decideSubmission } = await import("@/lib/review/decide-submission");
  await decideSubmission(reviewer, { projectId: submitted.id, version: submitted.version, decision: "approve", comment: "" });

  figures = await import("./report-figures");
  publicPage = await import("@/lib/catalogue/public-project-page");
});

/** What the public reads on each of the unit's pages: "Công bố dd/mm/yyyy", the stale note. */
async function publicView() {
  const slugs = await prisma.project.findMany({ where: { organizationId: unitId, slug: { not: null } }, select: { slug: true } });
  const pages = await Promise.all(slugs.map(({ slug }) => publicPage.getPublicProjectPage(slug!)));
  return pages.flatMap((page) => (page ? [page] : []));
}

const isQ4_2026 = (date: Date) => quarterOf(date).year === 2026 && quarterOf(date).quarter === 4;

function quarterOfShownDate(shown: string): string {
  const [, month, year] = shown.split("/").map(Number);
  return `${year}-${Math.ceil(month! / 3)}`;
}

describe("the portal's figures agree with what the public sees", () => {
  it("counts a project as published in the quarter its public page names, however it got there", async () => {
    const pages = await publicView();
    const shownQuarters = pages.map((page) => quarterOfShownDate(formatDate(page.publishedAt)));
    const now = new Date();
    for (const period of [Q3, Q4, quarterOf(now)]) {
      const expected = shownQuarters.filter((shown) => shown === `${period.year}-${period.quarter}`).length;
      expect((await figures.unsafeComputeReportFigures(unitId, period, now)).published, `${period.year}-${period.quarter}`).toBe(
        expected,
      );
    }
    const q4 = await figures.unsafeComputeReportFigures(unitId, Q4, TODAY);
    // 16/10, 01/10 and the withdrawn 20/10 — plus the reviewed one if the suite runs in quý IV/2026.
    expect(q4.published).toBe(3 + (isQ4_2026(now) ? 1 : 0));
    expect((await figures.unsafeComputeReportFigures(unitId, Q3, TODAY)).published).toBe(1);
    expect((await figures.unsafeComputeReportFigures(unitId, quarterOf(now), now)).published).toBeGreaterThanOrEqual(1);
  });

  it("flags as out of date exactly the projects whose public page says so", async () => {
    const shownStale = (await publicView()).filter(
      (page) => page.status === "PUBLISHED" && page.publishedAt! < TODAY && projectFreshness(page, TODAY).stale,
    );
    expect(shownStale.map((page) => page.name)).toEqual(["Nhập chưa xác nhận"]);
    expect((await figures.unsafeComputeReportFigures(unitId, Q4, TODAY)).staleAtEnd).toBe(1);
  });

  it("reads filing, confirmation and past staleness from the projects' own dates", async () => {
    const q4 = await figures.unsafeComputeReportFigures(unitId, Q4, TODAY);
    // Filed: 10/10 by its submission date; 01/10 and 20/10 by their publication, as no submission
    // date was imported (so is the reviewed one, whose fixture had none, if it lands in quý IV).
    expect(q4.filed).toBe(3 + (isQ4_2026(new Date()) ? 1 : 0));
    // Confirmed after publication: only the 02/11 confirmation; a publication is not a confirmation.
    expect(q4.confirmed).toBe(1);
    // At the end of quý III, before its November confirmation, the March project was out of date too.
    expect((await figures.unsafeComputeReportFigures(unitId, Q3, TODAY)).staleAtEnd).toBe(2);
  });

  it("counts the quarter's expressions of interest and how fast the unit first answered them", async () => {
    const own = await prisma.project.findFirstOrThrow({ where: { name: "Nhập công bố 16/10" } });
    const others = await prisma.project.findFirstOrThrow({ where: { name: "Dự án đơn vị khác" } });
    const enquiry = (projectId: string, received: string, repliedAfterHours?: number) => {
      const createdAt = utc(received);
      const firstRepliedAt =
        repliedAfterHours === undefined ? null : new Date(createdAt.getTime() + repliedAfterHours * 3_600_000);
      return prisma.enquiry.create({
        data: {
          projectId,
          name: "Nguyễn Văn Đầu Tư",
          organization: "Công ty CP Kiểm Thử",
          country: "Việt Nam",
          email: "nha-dau-tu@example.vn",
          message: "Xin tài liệu dự án.",
          consentAt: createdAt,
          createdAt,
          firstRepliedAt,
          status: firstRepliedAt ? "ANSWERED" : "NEW",
        },
      });
    };
    await enquiry(own.id, "2026-10-05T02:00:00Z", 2);
    await enquiry(own.id, "2026-10-06T02:00:00Z", 10);
    await enquiry(own.id, "2026-11-01T02:00:00Z", 0.5);
    await enquiry(own.id, "2026-11-20T02:00:00Z");
    // Answered after "today": not answered yet as the report sees it.
    await enquiry(own.id, "2026-11-29T02:00:00Z", 48);
    // Sent in quý III, answered in quý IV: quý III ended with it unanswered.
    await enquiry(own.id, "2026-09-29T02:00:00Z", 72);
    await enquiry(others.id, "2026-10-07T02:00:00Z", 1);

    const q4 = await figures.unsafeComputeReportFigures(unitId, Q4, TODAY);
    expect({ enquiries: q4.enquiries, answered: q4.enquiriesAnswered, median: q4.medianReplyHours }).toEqual({
      enquiries: 5,
      answered: 3,
      median: 2,
    });
    const q3 = await figures.unsafeComputeReportFigures(unitId, Q3, TODAY);
    expect({ enquiries: q3.enquiries, answered: q3.enquiriesAnswered, median: q3.medianReplyHours }).toEqual({
      enquiries: 1,
      answered: 0,
      median: null,
    });
  });
});
