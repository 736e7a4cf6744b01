import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { formatVietnameseNumber } from "@/lib/format/number";
import { FIELD_KEYS, TRANSLATION_FIELD_KEYS, templateField } from "@/lib/template/fields";
import type { Prisma, ProjectStatus } from "@/lib/generated/prisma/client";
import { notifyReviewDecision } from "@/lib/notifications/notify-review-decision";
import { notifyReviewWaiting } from "@/lib/notifications/notify-review-waiting";
import type { Decision } from "@/lib/review/decision-schema";
import { staleDecisionMessage } from "@/lib/review/stale-decision-message";
import { ownProjectWhere } from "./own-project-where";
import { OPEN_REVISION_STATUSES } from "./project-revision-status";
import { columnsToFormValues, projectFormRowSelect } from "./project-form-mapping";
import type { ProjectDraftValues, ProjectFormInput, ProjectFormValues } from "./project-form-schema";
import { resolveReferences, writeTemplateValues } from "./project-writer";

function getOpenRevision(projectId: string, client: Prisma.TransactionClient = db) {
  return client.projectRevision.findFirst({
    where: { projectId, status: { in: [...OPEN_REVISION_STATUSES] } },
    select: { id: true, status: true, data: true, baseVersion: true, version: true, updatedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** The template's number fields (money, figures, the map point), from the table. */
const NUMBER_KEYS = FIELD_KEYS.filter((key) => {
  const kind = templateField(key).kind;
  return kind === "money" || kind === "number";
});

/** Stored revision values back into the form's input shape; an emptied number or English text (null) reads as "". */
export function revisionToFormValues(data: Prisma.JsonValue, base: ProjectFormInput): ProjectFormInput {
  const values = { ...base, ...(data as Partial<Record<keyof ProjectFormInput, unknown>>) } as Record<string, unknown>;
  for (const key of NUMBER_KEYS) {
    values[key] = typeof values[key] === "number" ? formatVietnameseNumber(values[key] as number) : (values[key] ?? "");
  }
  for (const key of TRANSLATION_FIELD_KEYS) values[key] ??= "";
  return values as unknown as ProjectFormInput;
}

/**
 * The revision's values as JSON. An optional number the unit emptied (a map point removed, an area
 * cleared) is undefined in the values and would vanish from JSON, and the approval would then leave
 * the live value standing: it is kept as null, which clears the column when approved.
 */
function revisionJson(values: ProjectDraftValues): Prisma.InputJsonValue {
  const kept: Record<string, unknown> = { ...values };
  for (const key of NUMBER_KEYS) if (key in values && kept[key] === undefined) kept[key] = null;
  return JSON.parse(JSON.stringify(kept)) as Prisma.InputJsonValue;
}

async function ownPublishedProject(tx: Prisma.TransactionClient, user: CurrentUser, projectId: string) {
  const project = await tx.project.findFirst({
    where: { AND: [{ id: projectId }, ownProjectWhere(user)] },
    select: { id: true, status: true, version: true },
  });
  if (!project) throw new NotFoundError("Không tìm thấy dự án.");
  if (project.status !== "PUBLISHED") throw new ConflictError("Chỉ cập nhật được dự án đang công bố.");
  return project;
}

/**
 * Saves an edit of a published project as a revision. The live row is not touched: the approved
 * version stays public until the Editorial Board approves the revision.
 */
async function writeRevision(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  projectId: string,
  values: ProjectDraftValues,
  status: "DRAFT" | "SUBMITTED",
) {
  const project = await ownPublishedProject(tx, user, projectId);
  // Checked now, so an unknown or retired code is the field's error while the unit still edits.
  await resolveReferences(tx, values);
  const open = await getOpenRevision(project.id, tx);
  if (open?.status === "SUBMITTED") throw new ConflictError("Bản cập nhật đang chờ Ban Biên tập duyệt, chưa sửa tiếp được.");
  const data = revisionJson(values);
  if (open) {
    const updated = await tx.projectRevision.updateMany({
      where: { id: open.id, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
      data: { data, status, baseVersion: project.version, createdById: user.id, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError("Bản cập nhật vừa được thay đổi ở nơi khác. Hãy tải lại trang.");
    return open.id;
  }
  const created = await tx.projectRevision.create({
    data: { projectId: project.id, data, status, baseVersion: project.version, createdById: user.id },
    select: { id: true },
  });
  return created.id;
}

export async function saveRevisionDraft(user: CurrentUser, input: { projectId: string; values: ProjectDraftValues }) {
  const id = await db.$transaction((tx) => writeRevision(tx, user, input.projectId, input.values, "DRAFT"));
  return { id };
}

export async function submitRevision(user: CurrentUser, input: { projectId: string; values: ProjectFormValues }) {
  return db.$transaction(async (tx) => {
    const id = await writeRevision(tx, user, input.projectId, input.values, "SUBMITTED");
    await recordAuditEvent({ action: "revision.submit", projectId: input.projectId, actorId: user.id, comment: null }, tx);
    await notifyReviewWaiting(tx, { projectId: input.projectId, what: "revision" });
    return { id };
  });
}

/** The revision as the reviewer read it (its values over the live ones), kept with a request for changes. */
async function revisionSnapshot(tx: Prisma.TransactionClient, projectId: string, data: Prisma.JsonValue) {
  const live = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: projectFormRowSelect });
  return revisionToFormValues(data, columnsToFormValues(live)) as unknown as Prisma.InputJsonValue;
}

/** Thrown inside the decision's transaction to roll it back when the live project moved on. */
class LiveProjectChanged extends Error {}

const REVISION_OUTCOME: Record<Decision, ProjectStatus> = {
  approve: "PUBLISHED",
  "request-changes": "CHANGES_REQUESTED",
  reject: "REJECTED",
};

/**
 * A reviewer's decision on a revision, applied only to what the reviewer saw: the revision must still
 * wait at the version on their screen, and the project must still be published at the version they
 * compared it with (not withdrawn, not changed meanwhile). Both are conditional updates in one
 * transaction, so of two concurrent decisions, or a decision and the unit's resubmission or
 * withdrawal, only the first takes effect. Approval writes the revision into the live row.
 */
export async function decideRevision(
  reviewer: CurrentUser,
  input: { projectId: string; version: number; revisionId: string; revisionVersion: number; decision: Decision; comment: string },
): Promise<{ status: ProjectStatus }> {
  const status = REVISION_OUTCOME[input.decision];
  const seen = { id: input.revisionId, projectId: input.projectId, status: "SUBMITTED" as const, version: input.revisionVersion };
  try {
    const applied = await db.$transaction(async (tx) => {
      const revision = await tx.projectRevision.findFirst({ where: seen, select: { id: true, data: true } });
      if (!revision) return false;
      const moved = await tx.projectRevision.updateMany({ where: seen, data: { status, version: { increment: 1 } } });
      if (moved.count === 0) return false;
      // Every decision moves the live row's version too, so a concurrent withdrawal or confirmation
      // and this decision cannot both succeed on the version the reviewer saw.
      const live = { id: input.projectId, status: "PUBLISHED" as const, version: input.version };
      const written =
        status === "PUBLISHED"
          ? await writeTemplateValues(tx, live, revision.data as unknown as ProjectDraftValues, {
              lastConfirmedAt: new Date(),
              version: { increment: 1 },
            })
          : (await tx.project.updateMany({ where: live, data: { version: { increment: 1 } } })).count > 0;
      if (!written) throw new LiveProjectChanged();
      await recordAuditEvent(
        {
          action: `revision.${input.decision}`,
          projectId: input.projectId,
          actorId: reviewer.id,
          comment: input.comment || null,
          snapshot: status === "CHANGES_REQUESTED" ? await revisionSnapshot(tx, input.projectId, revision.data) : undefined,
        },
        tx,
      );
      await notifyReviewDecision(tx, {
        projectId: input.projectId,
        decision: input.decision,
        comment: input.comment,
        revision: true,
      });
      return true;
    });
    if (applied) return { status };
  } catch (error) {
    if (!(error instanceof LiveProjectChanged)) throw error;
  }
  throw new ConflictError(await staleDecisionMessage(input.projectId));
}
