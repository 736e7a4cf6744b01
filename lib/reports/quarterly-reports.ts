import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { REPORTING_KINDS } from "@/lib/organizations/organization-kinds";
import type { Prisma, QuarterlyReport } from "@/lib/generated/prisma/client";
import { isOnTime, type Quarter } from "./quarter";
import { unsafeComputeReportFigures } from "./report-figures";
import type { ReportFigures } from "./report-figure-labels";
import type { ReportDraftValues, ReportValues } from "./report-schema";

function ownOrganization(user: CurrentUser): string {
  if (!user.organizationId) throw new ForbiddenError("Tài khoản chưa thuộc đơn vị nào.");
  return user.organizationId;
}

function assertOverseer(user: CurrentUser): void {
  if (!can(user.role, "report:oversee")) throw new ForbiddenError();
}

/** A submitted report shows the figures frozen when it was sent; anything else, today's. */
async function figuresFor(organizationId: string, period: Quarter, report: QuarterlyReport | null): Promise<ReportFigures> {
  return report?.status === "SUBMITTED" && report.systemFigures
    ? (report.systemFigures as unknown as ReportFigures)
    : unsafeComputeReportFigures(organizationId, period);
}

/** The unit's report for a quarter (null if not started) with the portal's figures. */
export async function getOwnReport(user: CurrentUser, period: Quarter) {
  const organizationId = ownOrganization(user);
  const report = await db.quarterlyReport.findUnique({
    where: { organizationId_year_quarter: { organizationId, ...period } },
  });
  return { report, figures: await figuresFor(organizationId, period, report) };
}

/** Writes the unit's own report; a submitted report is read-only. Submitting freezes the figures. */
async function writeOwnReport(user: CurrentUser, values: ReportDraftValues, submit: boolean) {
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
          systemFigures: (await unsafeComputeReportFigures(organizationId, period, now)) as unknown as Prisma.InputJsonValue,
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

/** "Lưu nháp": figures may still be empty. */
export function saveOwnReportDraft(user: CurrentUser, values: ReportDraftValues) {
  return writeOwnReport(user, values, false);
}

/** "Gửi báo cáo": every figure filled in (the schema's word), after the unit confirmed the preview. */
export function submitOwnReport(user: CurrentUser, values: ReportValues) {
  return writeOwnReport(user, values, true);
}

export type ComplianceState = "on-time" | "late" | "draft" | "missing";

function complianceState(report: QuarterlyReport | null, period: Quarter): ComplianceState {
  if (!report) return "missing";
  if (report.status === "DRAFT" || !report.submittedAt) return "draft";
  return isOnTime(report.submittedAt, period) ? "on-time" : "late";
}

/** Only a submitted report is the unit's word; a draft stays the unit's own until it is sent. */
function submittedOnly(report: QuarterlyReport | null): QuarterlyReport | null {
  return report?.status === "SUBMITTED" ? report : null;
}

/** The units that file a quarterly report: every active unit of a reporting kind. */
export const reportingUnits = { active: true, kind: { in: [...REPORTING_KINDS] } } satisfies Prisma.OrganizationWhereInput;

/** Every reporting unit's state for a quarter, for the Sở TT&TT board and its CSV. */
export async function complianceBoard(user: CurrentUser, period: Quarter) {
  assertOverseer(user);
  const organizations = await db.organization.findMany({
    where: reportingUnits,
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      reports: { where: { year: period.year, quarter: period.quarter } },
    },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return organizations.map(({ reports, ...organization }) => {
    const report = reports[0] ?? null;
    const submitted = submittedOnly(report);
    return {
      organization,
      state: complianceState(report, period),
      report: submitted,
      figures: (submitted?.systemFigures ?? null) as unknown as ReportFigures | null,
    };
  });
}

export type ComplianceRow = Awaited<ReturnType<typeof complianceBoard>>[number];

/** One unit's report as Sở TT&TT reads it: the submitted report, or today's figures while there is none. */
export async function getUnitReport(user: CurrentUser, organizationCode: string, period: Quarter) {
  assertOverseer(user);
  const organization = await db.organization.findFirst({
    where: { ...reportingUnits, code: organizationCode },
    select: { id: true, code: true, name: true, reports: { where: { year: period.year, quarter: period.quarter } } },
  });
  if (!organization) return null;
  const report = organization.reports[0] ?? null;
  const submitted = submittedOnly(report);
  return {
    organization: { id: organization.id, code: organization.code, name: organization.name },
    state: complianceState(report, period),
    report: submitted,
    figures: await figuresFor(organization.id, period, submitted),
  };
}
