import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ownProjectWhere } from "@/lib/projects/own-project-where";
import { EDITABLE_STATUSES } from "@/lib/projects/project-status";
import { visibleProjectWhere } from "@/lib/projects/visible-project-where";
import { MAX_ATTACHMENTS_PER_PROJECT, checkAttachment, cleanFileName } from "./attachment-rules";
import { deleteAttachmentFile, readAttachmentFile, storeAttachmentFile } from "./attachment-storage";

export const attachmentSelect = { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true } as const;

async function editableOwnProject(tx: Prisma.TransactionClient, user: CurrentUser, projectId: string) {
  const project = await tx.project.findFirst({
    where: { AND: [{ id: projectId }, ownProjectWhere(user)] },
    select: { id: true, status: true, _count: { select: { attachments: true } } },
  });
  if (!project) throw new NotFoundError("Không tìm thấy dự án.");
  if (!(EDITABLE_STATUSES as readonly string[]).includes(project.status)) {
    throw new ConflictError("Dự án đang chờ duyệt hoặc đã công bố, không thể thay đổi tệp đính kèm.");
  }
  return project;
}

/**
 * Adds a checked file to one of the unit's own editable projects. The status and the count are
 * checked in the same transaction as the insert, so a file cannot slip onto a project that was
 * just submitted, nor past the limit by uploading in parallel.
 */
export async function addProjectAttachment(user: CurrentUser, projectId: string, name: string, bytes: Uint8Array) {
  const check = await checkAttachment(name, bytes);
  if (!check.ok) throw new InvalidInputError(check.message);
  const storedName = await storeAttachmentFile(bytes, check.extension);
  try {
    return await db.$transaction(async (tx) => {
      const project = await editableOwnProject(tx, user, projectId);
      if (project._count.attachments >= MAX_ATTACHMENTS_PER_PROJECT) {
        throw new InvalidInputError(`Mỗi dự án có tối đa ${MAX_ATTACHMENTS_PER_PROJECT} tệp đính kèm.`);
      }
      const attachment = await tx.attachment.create({
        data: {
          projectId,
          originalName: cleanFileName(name),
          storedName,
          mimeType: check.mimeType,
          sizeBytes: bytes.byteLength,
          uploadedById: user.id,
        },
        select: attachmentSelect,
      });
      await recordAuditEvent({ action: "attachment.add", projectId, actorId: user.id, comment: attachment.originalName }, tx);
      return attachment;
    });
  } catch (error) {
    await deleteAttachmentFile(storedName);
    throw error;
  }
}

export async function removeProjectAttachment(user: CurrentUser, attachmentId: string): Promise<void> {
  const storedName = await db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findFirst({
      where: { id: attachmentId, project: ownProjectWhere(user) },
      select: { id: true, projectId: true, storedName: true, originalName: true },
    });
    if (!attachment) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
    await editableOwnProject(tx, user, attachment.projectId);
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAuditEvent({ action: "attachment.remove", projectId: attachment.projectId, actorId: user.id, comment: attachment.originalName }, tx);
    return attachment.storedName;
  });
  await deleteAttachmentFile(storedName);
}

/** A file's bytes for a caller allowed to see its project; not-found for everyone else. */
export async function readProjectAttachment(user: CurrentUser | null, attachmentId: string) {
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, project: visibleProjectWhere(user) },
    select: { originalName: true, mimeType: true, storedName: true },
  });
  if (!attachment) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
  return { ...attachment, bytes: await readAttachmentFile(attachment.storedName) };
}

