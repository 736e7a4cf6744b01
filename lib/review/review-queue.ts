import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface QueueFilters {
  sector?: string;
  organization?: string;
}

/** Submissions waiting for the Editorial Board, oldest first, so nothing waits longest unseen. */
const DAY_MS = 86_400_000;

export async function listReviewQueue(filters: QueueFilters, now = new Date()) {
  const where: Prisma.ProjectWhereInput = { status: "SUBMITTED" };
  if (filters.sector) where.sector = { code: filters.sector };
  if (filters.organization) where.organization = { code: filters.organization };
  const items = await db.project.findMany({
    where,
    select: {
      id: true,
      name: true,
      submittedAt: true,
      slug: true,
      sector: { select: { code: true, name: true } },
      organization: { select: { code: true, name: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return items.map((item) => ({
    ...item,
    waitedDays: item.submittedAt ? Math.max(0, Math.floor((now.getTime() - item.submittedAt.getTime()) / DAY_MS)) : 0,
  }));
}

export function countWaitingSubmissions(): Promise<number> {
  return db.project.count({ where: { status: "SUBMITTED" } });
}

/** Organisations with something in the queue, for its filter. */
export async function queueOrganizations() {
  return db.organization.findMany({
    where: { projects: { some: { status: "SUBMITTED" } } },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}
