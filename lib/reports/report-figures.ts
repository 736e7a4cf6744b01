import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staleBefore, staleProjectWhere } from "@/lib/projects/freshness";
import { median } from "./median";
import { quarterRange, type Quarter } from "./quarter";
import type { ReportFigures } from "./report-figure-labels";

/**
 * Every figure counts projects (not events) and reads the projects' own dates first — the dates the
 * public sees — so a project shown as "Công bố 16/10/2026" counts as published in quý IV/2026 whether
 * it went through review or came in by seed or import. Audit events add what the dates cannot hold:
 * a confirmation or submission that a later one overwrote.
 *
 * "unsafe": it counts any unit's projects, drafts included, without asking who wants to know; only
 * quarterly-reports.ts calls it, for the caller's own unit or for an overseer.
 */
export async function unsafeComputeReportFigures(
  organizationId: string,
  period: Quarter,
  now = new Date(),
): Promise<ReportFigures> {
  const { start, end } = quarterRange(period);
  const inQuarter = { gte: start, lt: end };
  const eventInQuarter = (actions: string[]): Prisma.ProjectWhereInput => ({
    auditEvents: { some: { action: { in: actions }, createdAt: inQuarter } },
  });
  const count = (where: Prisma.ProjectWhereInput) => db.project.count({ where: { AND: [{ organizationId }, where] } });
  // Out of date as of the quarter's end, or today while the quarter runs (reports are due before it ends).
  const at = now.getTime() < end.getTime() ? now : end;
  const threshold = staleBefore(at);

  const [filed, published, updated, confirmed, staleAtEnd, enquiries] = await Promise.all([
    count({
      OR: [
        { submittedAt: inQuarter },
        // Imported without a submission date: it was filed by the time it was published.
        { submittedAt: null, publishedAt: inQuarter },
        eventInQuarter(["project.submit"]),
      ],
    }),
    count({ publishedAt: inQuarter }),
    count(eventInQuarter(["revision.approve"])),
    count({
      OR: [
        // The public page's "Cập nhật lần cuối" moved into the quarter after publication: a
        // confirmation, or an approved update (which confirms the information too).
        { lastConfirmedAt: inQuarter, publishedAt: { lt: db.project.fields.lastConfirmedAt } },
        eventInQuarter(["project.confirm"]),
      ],
    }),
    count({
      publishedAt: { lt: at },
      OR: [
        staleProjectWhere(at),
        // Confirmed only after the quarter ended: out of date at its end unless a confirmation or an
        // approved update within the period before it says otherwise.
        {
          status: "PUBLISHED",
          lastConfirmedAt: { gte: at },
          publishedAt: { lt: threshold },
          auditEvents: {
            none: { action: { in: ["project.confirm", "revision.approve"] }, createdAt: { gte: threshold, lt: at } },
          },
        },
      ],
    }),
    db.enquiry.findMany({
      where: { project: { organizationId }, createdAt: inQuarter },
      select: { createdAt: true, firstRepliedAt: true },
    }),
  ]);
  // Answered by the same moment the staleness is measured at, so a quarter's figures stop moving once it is over.
  const replyHours = enquiries.flatMap(({ createdAt, firstRepliedAt }) =>
    firstRepliedAt && firstRepliedAt < at ? [(firstRepliedAt.getTime() - createdAt.getTime()) / HOUR_MS] : [],
  );
  return {
    filed,
    published,
    updated,
    confirmed,
    staleAtEnd,
    enquiries: enquiries.length,
    enquiriesAnswered: replyHours.length,
    medianReplyHours: median(replyHours),
  };
}

const HOUR_MS = 3_600_000;
