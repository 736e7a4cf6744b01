import "server-only";
import { db } from "@/lib/db/client";
import { quarterRange, type Quarter } from "./quarter";

/** What the portal itself knows about a unit's quarter; frozen into the report when it is submitted. */
export interface ReportFigures {
  filed: number;
  published: number;
  updated: number;
  confirmed: number;
  staleAtEnd: number;
}

export const FIGURE_LABELS: Record<keyof ReportFigures, string> = {
  filed: "Dự án gửi duyệt trong quý",
  published: "Dự án được công bố trong quý",
  updated: "Dự án được cập nhật trong quý",
  confirmed: "Dự án được xác nhận còn hiệu lực",
  staleAtEnd: "Dự án quá hạn xác nhận cuối quý",
};

export async function computeReportFigures(organizationId: string, period: Quarter, freshnessDays: number): Promise<ReportFigures> {
  const { start, end } = quarterRange(period);
  const inQuarter = { gte: start, lt: end };
  const events = (actions: string[]) =>
    db.auditEvent.count({ where: { action: { in: actions }, createdAt: inQuarter, project: { organizationId } } });
  const [filed, published, updated, confirmed, staleAtEnd] = await Promise.all([
    events(["project.submit"]),
    events(["review.approve"]),
    events(["revision.approve"]),
    events(["project.confirm"]),
    db.project.count({
      where: {
        organizationId,
        status: "PUBLISHED",
        publishedAt: { lt: end },
        lastConfirmedAt: { lt: new Date(end.getTime() - freshnessDays * 86_400_000) },
      },
    }),
  ]);
  return { filed, published, updated, confirmed, staleAtEnd };
}
