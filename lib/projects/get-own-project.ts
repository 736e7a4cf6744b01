import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { attachmentSelect } from "@/lib/attachments/project-attachments";
import { db } from "@/lib/db/client";
import { ownProjectWhere } from "./own-project-where";
import { OPEN_REVISION_STATUSES } from "./project-revision-status";
import { projectFormRowSelect } from "./project-form-mapping";

/** One of the unit's own projects with everything the form needs; null for anyone else's. */
export async function getOwnProject(user: CurrentUser, id: string) {
  if (id.length > 64) return null;
  return db.project
    .findFirst({
      where: { AND: [{ id }, ownProjectWhere(user)] },
      select: {
        ...projectFormRowSelect,
        id: true,
        slug: true,
        status: true,
        version: true,
        formStep: true,
        submittedAt: true,
        updatedAt: true,
        attachments: { select: attachmentSelect, orderBy: { createdAt: "asc" } },
        // An edit of a published project still in progress (at most one).
        revisions: {
          where: { status: { in: [...OPEN_REVISION_STATUSES] } },
          select: { id: true, status: true, data: true, version: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
        auditEvents: {
          where: { OR: [{ toStatus: "CHANGES_REQUESTED" }, { action: "revision.request-changes" }] },
          select: { comment: true, createdAt: true, action: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
      },
    })
    .then((project) =>
      project
        ? {
            ...project,
            openRevision: project.status === "PUBLISHED" ? (project.revisions[0] ?? null) : null,
            revisionComment:
              project.auditEvents[0]?.action === "revision.request-changes" ? project.auditEvents[0].comment : null,
          }
        : null,
    );
}

/** Section I defaults for a new project call: the unit's own details. */
export async function getOrganizationDefaults(user: CurrentUser) {
  if (!user.organizationId) return null;
  return db.organization.findUnique({
    where: { id: user.organizationId },
    select: {
      name: true,
      address: true,
      phone: true,
      fax: true,
      email: true,
      website: true,
      contactName: true,
      contactTitle: true,
    },
  });
}
