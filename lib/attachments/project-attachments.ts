import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ownProjectWhere } from "@/lib/projects/own-project-where";
import { EDITABLE_STATUSES } from "@/lib/projects/project-status";
import { visibleProjectWhere } from "@/lib/projects/visible-project-where";
import { MAX_ATTACHMENTS_PER_PROJECT, checkAttachment, cleanFileName } from "./attachment-rules";
import { deleteAttachmentFile, readAttachmentFile, storeAttachmentFile } from "./attachment-storage";

export const attachmentSelect = { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true } as const;

async function editableOwnProject(user: CurrentUser, projectId: string) {
  const project = await db.project.findFirst({
    where: { AND: [{ id: projectId }, ownProjectWhere(user)] },
    select: { id: true, status: true, _count: { select: { attachments: true } } },
  });
  if (!project) throw new NotFoundError("Không tìm thấy dự án.");
  if (!(EDITABLE_STATUSES as readonly string[]).includes(project.status)) {
    throw new ConflictError("Dự án đang chờ duyệt hoặc đã công bố, không thể thay đổi tệp đính kèm.");
  }
  return project;
}

/** Adds a checked file to one of the unit's own editable projects. */
export async function addProjectAttachment(user: CurrentUser, projectId: string, name: string, bytes: Uint8Array) {
  const project = await editableOwnProject(user, projectId);
  if (project._count.attachments >= MAX_ATTACHMENTS_PER_PROJECT) {
    throw new InvalidInputError(`Mỗi dự án có tối đa ${MAX_ATTACHMENTS_PER_PROJECT} tệp đính kèm.`);
  }
  const check = await checkAttachment(name, bytes);
  if (!check.ok) throw new InvalidInputError(check.message);
  const storedName = await storeAttachmentFile(bytes, check.extension);
  try {
    return await db.attachment.create({
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
  } catch (error) {
    await deleteAttachmentFile(storedName);
    throw error;
  }
}

export async function removeProjectAttachment(user: CurrentUser, attachmentId: string): Promise<void> {
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, project: ownProjectWhere(user) },
    select: { id: true, projectId: true, storedName: true },
  });
  if (!attachment) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
  await editableOwnProject(user, attachment.projectId);
  await db.attachment.delete({ where: { id: attachment.id } });
  await deleteAttachmentFile(attachment.storedName);
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

export async function listProjectAttachments(projectId: string) {
  return db.attachment.findMany({ where: { projectId }, select: attachmentSelect, orderBy: { createdAt: "asc" } });
}
