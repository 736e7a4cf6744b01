import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { attachmentSelect } from "@/lib/attachments/project-attachments";
import { projectTemplateSelect } from "@/lib/catalogue/public-project-page";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { db } from "@/lib/db/client";
import { columnsToFormValues, projectFormRowSelect } from "@/lib/projects/project-form-mapping";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { revisionToFormValues } from "@/lib/projects/project-revision";
import { revisionChanges } from "./revision-diff";

const REQUEST_CHANGES_ACTIONS = ["review.request-changes", "revision.request-changes"];

/**
 * One project as the Editorial Board sees it, read once so that everything on the page belongs to
 * the same moment: every field, status and version, attachments, the edit waiting for review (its
 * id and version travel with the decision), what the edit changes against the live version, and
 * what changed since the board last asked for changes. Null for anyone but a reviewer, for drafts,
 * and for unknown ids.
 */
export async function getReviewItem(reviewer: CurrentUser, id: string) {
  if (!can(reviewer.role, "review:decide") || id.length > 64) return null;
  const project = await db.project.findFirst({
    where: { id, status: { not: "DRAFT" } },
    select: {
      ...projectFormRowSelect,
      ...projectTemplateSelect,
      version: true,
      submittedAt: true,
      attachments: { select: attachmentSelect, orderBy: { createdAt: "asc" } },
      revisions: {
        where: { status: "SUBMITTED" },
        select: { id: true, version: true, data: true, createdAt: true, updatedAt: true },
        take: 1,
      },
      auditEvents: {
        where: { action: { in: REQUEST_CHANGES_ACTIONS } },
        select: { action: true, snapshot: true, comment: true, createdAt: true, actor: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
    },
  });
  if (!project) return null;
  const { revisions, auditEvents, ...rest } = project;
  const revision = project.status === "PUBLISHED" ? (revisions[0] ?? null) : null;
  const names = await referenceNames();
  const liveValues = columnsToFormValues(project);
  const underReview = revision ? revisionToFormValues(revision.data, liveValues) : liveValues;

  // The board's last request for changes, if it concerns what is waiting now (a revision's own cycle
  // starts when the revision is created; a submission has only one cycle).
  const request = auditEvents[0];
  const requestConcernsThis =
    request?.snapshot &&
    (revision
      ? request.action === "revision.request-changes" && request.createdAt >= revision.createdAt
      : project.status === "SUBMITTED" && request.action === "review.request-changes");
  const sinceRequest = requestConcernsThis
    ? {
        requestedAt: request.createdAt,
        requestedBy: request.actor?.name ?? null,
        comment: request.comment,
        changes: revisionChanges(request.snapshot as unknown as ProjectFormInput, underReview, names),
      }
    : null;

  return {
    ...rest,
    revision: revision ? { id: revision.id, version: revision.version, sentAt: revision.updatedAt } : null,
    changes: revision ? revisionChanges(liveValues, underReview, names) : null,
    sinceRequest,
    waiting: project.status === "SUBMITTED" || revision !== null,
  };
}

async function referenceNames(): Promise<Record<string, string>> {
  const reference = await getReferenceData();
  return Object.fromEntries(
    [...reference.sectors, ...reference.forms, ...reference.locations].map((item) => [item.code, item.name]),
  );
}
