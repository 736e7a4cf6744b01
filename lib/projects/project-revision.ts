import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma, ProjectStatus } from "@/lib/generated/prisma/client";
import { ownProjectWhere } from "./own-project-where";
import { formValuesToColumns } from "./project-form-mapping";
import { formatVietnameseNumber, type ProjectDraftValues, type ProjectFormInput, type ProjectFormValues } from "./project-form-schema";
import { refreshSearchFields, resolveCodes } from "./save-project";

/** Revisions still in progress: at most one per project. */
export const OPEN_REVISION_STATUSES = ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED"] as const;

export function getOpenRevision(projectId: string, client: Prisma.TransactionClient = db) {
  return client.projectRevision.findFirst({
    where: { projectId, status: { in: [...OPEN_REVISION_STATUSES] } },
    select: { id: true, status: true, data: true, baseVersion: true, updatedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Stored revision values back into the form's input shape. */
export function revisionToFormValues(data: Prisma.JsonValue, base: ProjectFormInput): ProjectFormInput {
  const values = { ...base, ...(data as Partial<Record<keyof ProjectFormInput, unknown>>) } as Record<string, unknown>;
  for (const key of ["capitalTy", "capitalUsdMillion", "areaHa"] as const) {
    values[key] = typeof values[key] === "number" ? formatVietnameseNumber(values[key] as number) : (values[key] ?? "");
  }
  values.durationYears = values.durationYears === undefined || values.durationYears === null ? "" : String(values.durationYears);
  return values as unknown as ProjectFormInput;
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
  await resolveCodes(tx, values);
  const open = await getOpenRevision(project.id, tx);
  if (open?.status === "SUBMITTED") throw new ConflictError("Bản cập nhật đang chờ Ban Biên tập duyệt, chưa sửa tiếp được.");
  const data = JSON.parse(JSON.stringify(values)) as Prisma.InputJsonValue;
  if (open) {
    const updated = await tx.projectRevision.updateMany({
      where: { id: open.id, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
      data: { data, status, baseVersion: project.version, createdById: user.id },
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
    return { id };
  });
}

/**
 * A reviewer's decision on a revision, applied once (conditional on the revision still waiting).
 * Approval writes the revision into the live row in the same transaction.
 */
export async function decideRevision(
  reviewer: CurrentUser,
  input: { projectId: string; decision: "approve" | "request-changes" | "reject"; comment: string },
) {
  return db.$transaction(async (tx) => {
    const revision = await tx.projectRevision.findFirst({
      where: { projectId: input.projectId, status: "SUBMITTED" },
      select: { id: true, data: true },
    });
    if (!revision) throw new ConflictError("Bản cập nhật này đã được xử lý hoặc đã bị thay đổi. Hãy tải lại trang.");
    const status: ProjectStatus =
      input.decision === "approve" ? "PUBLISHED" : input.decision === "reject" ? "REJECTED" : "CHANGES_REQUESTED";
    const moved = await tx.projectRevision.updateMany({ where: { id: revision.id, status: "SUBMITTED" }, data: { status } });
    if (moved.count === 0) throw new ConflictError("Bản cập nhật này đã được xử lý. Hãy tải lại trang.");
    if (status === "PUBLISHED") {
      const values = revision.data as unknown as ProjectDraftValues;
      const codes = await resolveCodes(tx, values);
      await tx.project.update({
        where: { id: input.projectId },
        data: { ...formValuesToColumns(values, codes), lastConfirmedAt: new Date(), version: { increment: 1 } },
      });
      if (codes.locationIds) {
        await tx.projectLocation.deleteMany({ where: { projectId: input.projectId } });
        await tx.projectLocation.createMany({ data: codes.locationIds.map((locationId) => ({ projectId: input.projectId, locationId })) });
      }
      await refreshSearchFields(tx, input.projectId);
    }
    await recordAuditEvent(
      { action: `revision.${input.decision}`, projectId: input.projectId, actorId: reviewer.id, comment: input.comment || null },
      tx,
    );
    return { status };
  });
}
