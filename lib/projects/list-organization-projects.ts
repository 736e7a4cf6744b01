import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ownProjectWhere } from "./own-project-where";
import { OPEN_REVISION_STATUSES } from "./project-revision-status";

/** The organisation's project calls for its dashboard, most recently changed first. */
export async function listOrganizationProjects(user: CurrentUser) {
  return db.project.findMany({
    where: ownProjectWhere(user),
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      formStep: true,
      updatedAt: true,
      submittedAt: true,
      publishedAt: true,
      sector: { select: { name: true } },
      revisions: {
        where: { status: { in: [...OPEN_REVISION_STATUSES] } },
        select: { status: true },
        take: 1,
      },
      // The Editorial Board's latest word, shown beside a project that came back or was refused.
      auditEvents: {
        where: { OR: [{ action: { startsWith: "review." } }, { action: { startsWith: "revision." } }] },
        select: { comment: true, createdAt: true, action: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
}

/** How many of the unit's projects wait for the unit itself: sent back by the Editorial Board. */
export async function countProjectsNeedingChanges(user: CurrentUser): Promise<number> {
  return db.project.count({
    where: {
      AND: [
        ownProjectWhere(user),
        { OR: [{ status: "CHANGES_REQUESTED" }, { revisions: { some: { status: "CHANGES_REQUESTED" } } }] },
      ],
    },
  });
}

export type OrganizationProject = Awaited<ReturnType<typeof listOrganizationProjects>>[number];
