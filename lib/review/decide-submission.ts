import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma, ProjectStatus } from "@/lib/generated/prisma/client";
import { notifyReviewDecision } from "@/lib/notifications/notify-review-decision";
import { columnsToFormValues, projectFormRowSelect } from "@/lib/projects/project-form-mapping";
import { uniqueSlug } from "@/lib/projects/slug";
import type { Decision } from "./decision-schema";
import { staleDecisionMessage } from "./stale-decision-message";

const OUTCOME: Record<Decision, ProjectStatus> = {
  approve: "PUBLISHED",
  "request-changes": "CHANGES_REQUESTED",
  reject: "REJECTED",
};

export interface DecisionResult {
  status: ProjectStatus;
  slug: string | null;
}

/** The template values of a project as a reviewer reads them, kept with a request for changes. */
async function formSnapshot(tx: Prisma.TransactionClient, projectId: string): Promise<Prisma.InputJsonValue> {
  const row = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: projectFormRowSelect });
  return columnsToFormValues(row) as unknown as Prisma.InputJsonValue;
}

/**
 * Applies a reviewer's decision exactly once. The update is conditional on the status and the
 * version the reviewer saw, so of two reviewers acting at the same moment (or a reviewer and a
 * submitter) only the first changes the row; the audit event is written in the same transaction.
 */
export async function decideSubmission(
  reviewer: CurrentUser,
  input: { projectId: string; version: number; decision: Decision; comment: string },
): Promise<DecisionResult> {
  const project = await db.project.findUnique({
    where: { id: input.projectId },
    select: { id: true, name: true, slug: true, publishedAt: true },
  });
  if (!project) throw new NotFoundError("Không tìm thấy hồ sơ.");
  const status = OUTCOME[input.decision];
  const now = new Date();

  // The slug is chosen before the transaction: it reads other rows, and SQLite transactions should
  // stay short. A clash with a concurrent approval is caught by the unique index and retried.
  for (let attempt = 0; ; attempt += 1) {
    const slug =
      status === "PUBLISHED" && !project.slug
        ? await uniqueSlug(project.name, async (candidate) =>
            Boolean(await db.project.findUnique({ where: { slug: candidate }, select: { id: true } })),
          )
        : project.slug;
    const data: Prisma.ProjectUpdateManyMutationInput = { status, version: { increment: 1 } };
    if (status === "PUBLISHED") {
      Object.assign(data, { slug, publishedAt: project.publishedAt ?? now, lastConfirmedAt: now });
    }
    try {
      const applied = await db.$transaction(async (tx) => {
        const updated = await tx.project.updateMany({
          where: { id: project.id, status: "SUBMITTED", version: input.version },
          data,
        });
        if (updated.count === 0) return false;
        await recordAuditEvent(
          {
            action: `review.${input.decision}`,
            projectId: project.id,
            actorId: reviewer.id,
            fromStatus: "SUBMITTED",
            toStatus: status,
            comment: input.comment || null,
            // The update above matched the version on the reviewer's screen, so this is what they read.
            snapshot: status === "CHANGES_REQUESTED" ? await formSnapshot(tx, project.id) : undefined,
          },
          tx,
        );
        await notifyReviewDecision(tx, {
          projectId: project.id,
          decision: input.decision,
          comment: input.comment,
          revision: false,
        });
        return true;
      });
      if (!applied) throw new ConflictError(await staleDecisionMessage(project.id));
      return { status, slug: slug ?? null };
    } catch (error) {
      const slugTaken = error instanceof Error && "code" in error && error.code === "P2002";
      if (!slugTaken || attempt >= 3) throw error;
    }
  }
}
