import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOnTime, type Quarter } from "./quarter";
import { computeReportFigures, type ReportFigures } from "./report-figures";
import type { ReportValues } from "./report-schema";

function ownOrganization(user: CurrentUser): string {
  if (!user.organizationId) throw new ForbiddenError("Tài khoản chưa thuộc đơn vị nào.");
  return user.organizationId;
}

/** The unit's report for a quarter (null if not started) with the portal's figures. */
export async function getOwnReport(user: CurrentUser, period: Quarter) {
  const organizationId = ownOrganization(user);
  const report = await db.quarterlyReport.findUnique({
    where: { organizationId_year_quarter: { organizationId, ...period } },
  });
  const figures =
    report?.status === "SUBMITTED" && report.systemFigures
      ? (report.systemFigures as unknown as ReportFigures)
      : await computeReportFigures(organizationId, period, env.FRESHNESS_PERIOD_DAYS);
  return { report, figures };
}

/** Saves the unit's own report; a submitted report is read-only. Submitting freezes the figures. */
export async function saveOwnReport(user: CurrentUser, values: ReportValues, submit: boolean) {
  const organizationId = ownOrganization(user);
  const period = { year: values.year, quarter: values.quarter as Quarter["quarter"] };
  return db.$transaction(async (tx) => {
    const existing = await tx.quarterlyReport.findUnique({
      where: { organizationId_year_quarter: { organizationId, ...period } },
      select: { status: true },
    });
    if (existing?.status === "SUBMITTED") throw new ConflictError("Báo cáo quý này đã được gửi và không sửa được nữa.");
    const fields = {
      newsPosted: values.newsPosted,
      documentsPublished: values.documentsPublished,
      promotionItems: values.promotionItems,
      difficulties: values.difficulties,
      proposals: values.proposals,
    };
    const now = new Date();
    const submission = submit
      ? {
          status: "SUBMITTED" as const,
          submittedAt: now,
          submittedById: user.id,
          systemFigures: (await computeReportFigures(organizationId, period, env.FRESHNESS_PERIOD_DAYS)) as unknown as Prisma.InputJsonValue,
        }
      : {};
    const report = await tx.quarterlyReport.upsert({
      where: { organizationId_year_quarter: { organizationId, ...period } },
      create: { organizationId, ...period, ...fields, ...submission },
      update: { ...fields, ...submission },
    });
    if (submit) {
      await recordAuditEvent({ action: "report.submit", actorId: user.id, comment: `${period.year}-Q${period.quarter}` }, tx);
    }
    return { id: report.id, status: report.status, onTime: report.submittedAt ? isOnTime(report.submittedAt, period) : null };
  });
}

export type ComplianceState = "on-time" | "late" | "draft" | "missing";

/** Every reporting unit's state for a quarter, for the Sở TT&TT board and its CSV. */
export async function complianceBoard(period: Quarter) {
  const organizations = await db.organization.findMany({
    where: { active: true, kind: { in: ["DEPARTMENT", "DISTRICT"] } },
    select: {
      id: true,
      name: true,
      kind: true,
      reports: { where: { year: period.year, quarter: period.quarter } },
    },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return organizations.map((organization) => {
    const report = organization.reports[0] ?? null;
    const state: ComplianceState = !report
      ? "missing"
      : report.status === "DRAFT" || !report.submittedAt
        ? "draft"
        : isOnTime(report.submittedAt, period)
          ? "on-time"
          : "late";
    return {
      organization: { id: organization.id, name: organization.name, kind: organization.kind },
      state,
      report,
      figures: (report?.status === "SUBMITTED" ? report.systemFigures : null) as unknown as ReportFigures | null,
    };
  });
}

export type ComplianceRow = Awaited<ReturnType<typeof complianceBoard>>[number];
