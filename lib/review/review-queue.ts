import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/time/day";

export interface QueueFilters {
  sector?: string;
  organization?: string;
}

/** Submissions waiting for the Editorial Board, oldest first, so nothing waits longest unseen. */
export async function listReviewQueue(reviewer: CurrentUser, filters: QueueFilters, now = new Date()) {
  if (!can(reviewer.role, "review:decide")) return [];
  const where: Prisma.ProjectWhereInput = { status: "SUBMITTED" };
  const waitingRevision = { where: { status: "SUBMITTED" as const }, select: { updatedAt: true }, take: 1 };
  if (filters.sector) where.sector = { code: filters.sector };
  if (filters.organization) where.organization = { code: filters.organization };
  // A published project with an edit waiting is in the queue too, dated by when the edit was sent.
  const items = await db.project.findMany({
    where: { OR: [where, { ...where, status: "PUBLISHED", revisions: { some: { status: "SUBMITTED" } } }] },
    select: {
      id: true,
      name: true,
      submittedAt: true,
      slug: true,
      sector: { select: { code: true, name: true } },
      organization: { select: { code: true, name: true } },
      revisions: waitingRevision,
    },
    take: 500,
  });
  return items
    .map(({ revisions, ...item }) => {
      const sentAt = revisions[0]?.updatedAt ?? item.submittedAt;
      return {
        ...item,
        isRevision: revisions.length > 0,
        sentAt,
        waitedDays: sentAt ? Math.max(0, Math.floor((now.getTime() - sentAt.getTime()) / DAY_MS)) : 0,
      };
    })
    .sort((a, b) => (a.sentAt?.getTime() ?? 0) - (b.sentAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
}

export async function countWaitingSubmissions(reviewer: CurrentUser): Promise<number> {
  if (!can(reviewer.role, "review:decide")) return 0;
  const [submissions, revisions] = await Promise.all([
    db.project.count({ where: { status: "SUBMITTED" } }),
    db.projectRevision.count({ where: { status: "SUBMITTED", project: { status: "PUBLISHED" } } }),
  ]);
  return submissions + revisions;
}

/** Organisations with something in the queue, for its filter. */
export async function queueOrganizations(reviewer: CurrentUser) {
  if (!can(reviewer.role, "review:decide")) return [];
  return db.organization.findMany({
    where: { projects: { some: { OR: [{ status: "SUBMITTED" }, { revisions: { some: { status: "SUBMITTED" } } }] } } },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}
