import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyReviewWaiting } from "@/lib/notifications/notify-review-waiting";
import { ownProjectWhere } from "./own-project-where";
import { FORM_STEP_COUNT, type ProjectDraftValues, type ProjectFormValues } from "./project-form-schema";
import { EDITABLE_STATUSES, isEditable } from "./project-status";
import { createProjectWithValues, writeTemplateValues } from "./project-writer";

export interface SaveProjectInput {
  /** Absent for a project call not saved yet. */
  projectId?: string;
  /** The version the form was loaded with: a save over someone else's newer change is refused. */
  version?: number;
  /** The last step the submitter completed, so a draft resumes there. */
  step: number;
  values: ProjectDraftValues;
}

export interface SavedProject {
  id: string;
  version: number;
}

const STALE_MESSAGE =
  "Dự án vừa được thay đổi ở nơi khác (trên thẻ hoặc máy khác). Hãy tải lại trang để xem bản mới nhất trước khi lưu.";

async function writeProject(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  input: SaveProjectInput,
): Promise<SavedProject & { fromStatus: "DRAFT" | "CHANGES_REQUESTED" }> {
  if (!user.organizationId) throw new ForbiddenError("Tài khoản chưa thuộc đơn vị nào nên không thể lập hồ sơ dự án.");
  if (!input.projectId) {
    const created = await createProjectWithValues(
      tx,
      { organizationId: user.organizationId, createdById: user.id, status: "DRAFT", formStep: input.step },
      input.values,
    );
    await recordAuditEvent({ action: "project.create", projectId: created.id, actorId: user.id, toStatus: "DRAFT" }, tx);
    return { ...created, fromStatus: "DRAFT" };
  }
  const existing = await tx.project.findFirst({
    where: { AND: [{ id: input.projectId }, ownProjectWhere(user)] },
    select: { id: true, status: true, version: true, formStep: true },
  });
  if (!existing) throw new NotFoundError("Không tìm thấy dự án.");
  if (!isEditable(existing.status)) throw new ConflictError("Dự án đang chờ duyệt hoặc đã công bố, không thể sửa ở đây.");
  const version = input.version ?? existing.version;
  const written = await writeTemplateValues(
    tx,
    { id: existing.id, version, status: { in: [...EDITABLE_STATUSES] } },
    input.values,
    { formStep: Math.max(existing.formStep, input.step), version: { increment: 1 } },
  );
  if (!written) throw new ConflictError(STALE_MESSAGE);
  return { id: existing.id, version: version + 1, fromStatus: existing.status as "DRAFT" | "CHANGES_REQUESTED" };
}

/** "Lưu nháp" and moving between steps: saves what is there, complete or not. */
export async function saveProjectDraft(user: CurrentUser, input: SaveProjectInput): Promise<SavedProject> {
  const { id, version } = await db.$transaction((tx) => writeProject(tx, user, input));
  return { id, version };
}

/** "Gửi duyệt": saves the complete form and sends it to the Editorial Board's queue. */
export async function submitProject(
  user: CurrentUser,
  input: { projectId?: string; version?: number; values: ProjectFormValues },
): Promise<SavedProject> {
  return db.$transaction(async (tx) => {
    const saved = await writeProject(tx, user, { ...input, step: FORM_STEP_COUNT });
    const moved = await tx.project.updateMany({
      where: { id: saved.id, version: saved.version },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (moved.count === 0) throw new ConflictError(STALE_MESSAGE);
    await recordAuditEvent(
      { action: "project.submit", projectId: saved.id, actorId: user.id, fromStatus: saved.fromStatus, toStatus: "SUBMITTED" },
      tx,
    );
    await notifyReviewWaiting(tx, {
      projectId: saved.id,
      what: saved.fromStatus === "CHANGES_REQUESTED" ? "resubmission" : "submission",
    });
    return { id: saved.id, version: saved.version + 1 };
  });
}
