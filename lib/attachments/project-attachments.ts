import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { ownProjectWhere } from "@/lib/projects/own-project-where";
import { EDITABLE_STATUSES } from "@/lib/projects/project-status";
import { visibleProjectWhere } from "@/lib/projects/visible-project-where";
import { can } from "@/lib/auth/permissions";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { visibilityLabel } from "./attachment-visibility";
import { MAX_ATTACHMENTS_PER_PROJECT, checkAttachment, cleanFileName } from "./attachment-rules";
import { discardAttachmentFile, readAttachmentFile, storeAttachmentFile } from "./attachment-storage";

export const attachmentSelect = {
  id: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  isPublic: true,
  createdAt: true,
} as const;

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
 * Adds a checked file to one of the unit's own editable projects. The file is written first and
 * the row only after, so a row never names a file that is not there; if the row cannot be written
 * the file goes again (after a crash in between, the sweep does it: sweep-attachment-files.ts).
 * The status and the count are checked in the same transaction as the insert, with the project
 * row locked, so a file cannot slip onto a project that was just submitted, nor past the limit by
 * uploading in parallel.
 */
export async function addProjectAttachment(
  user: CurrentUser,
  projectId: string,
  name: string,
  bytes: Uint8Array,
  isPublic = false,
) {
  const check = await checkAttachment(name, bytes);
  if (!check.ok) throw new InvalidInputError(check.message);
  const storedName = await storeAttachmentFile(bytes, check.extension);
  try {
    return await db.$transaction(async (tx) => {
      // A write as the transaction's first statement locks the project row before anything is read:
      // on PostgreSQL a concurrent upload to the same project waits here and then counts this one's
      // file (read committed alone let 14 of 16 parallel uploads through); on SQLite it takes the
      // write lock at once, so while another server writes, the upload waits its turn (busy
      // timeout) instead of failing at once with SQLITE_BUSY when its reads turn into a write.
      await tx.$executeRaw`UPDATE "Project" SET "version" = "version" WHERE "id" = ${projectId}`;
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
          isPublic,
          uploadedById: user.id,
        },
        select: attachmentSelect,
      });
      await recordAuditEvent(
        {
          action: "attachment.add",
          projectId,
          actorId: user.id,
          comment: `${attachment.originalName} (${visibilityLabel(isPublic)})`,
        },
        tx,
      );
      return attachment;
    });
  } catch (error) {
    await discardAttachmentFile(storedName);
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
    await recordAuditEvent(
      { action: "attachment.remove", projectId: attachment.projectId, actorId: user.id, comment: attachment.originalName },
      tx,
    );
    return attachment.storedName;
  });
  await discardAttachmentFile(storedName);
}

/**
 * Makes one of the unit's files public or internal, while the call can still change (a published
 * call's files change only through a new submission, so the public page never changes unreviewed).
 */
export async function setAttachmentVisibility(user: CurrentUser, attachmentId: string, isPublic: boolean) {
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findFirst({
      where: { id: attachmentId, project: ownProjectWhere(user) },
      select: { id: true, projectId: true, originalName: true },
    });
    if (!attachment) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
    await editableOwnProject(tx, user, attachment.projectId);
    const updated = await tx.attachment.update({ where: { id: attachment.id }, data: { isPublic }, select: attachmentSelect });
    await recordAuditEvent(
      {
        action: "attachment.visibility",
        projectId: attachment.projectId,
        actorId: user.id,
        comment: `${attachment.originalName} (${visibilityLabel(isPublic)})`,
      },
      tx,
    );
    return updated;
  });
}

/**
 * Which files a caller may download: the unit's own and, for the Editorial Board and admins, every
 * file of a project sent to them; for everyone else only public files of published calls. A
 * withdrawn or unpublished call's public files are refused too.
 */
export function visibleAttachmentWhere(user: CurrentUser | null): Prisma.AttachmentWhereInput {
  const publicFiles: Prisma.AttachmentWhereInput = { isPublic: true, project: PUBLIC_PROJECT_WHERE };
  if (!user) return publicFiles;
  if (can(user.role, "review:decide") || can(user.role, "admin:manage")) {
    return { project: visibleProjectWhere(user) };
  }
  return { OR: [publicFiles, { project: ownProjectWhere(user) }] };
}

/** A file's bytes for a caller allowed to see it; not-found for everyone else, whether or not it exists. */
export async function readProjectAttachment(user: CurrentUser | null, attachmentId: string) {
  const attachment = await db.attachment.findFirst({
    where: { AND: [{ id: attachmentId }, visibleAttachmentWhere(user)] },
    select: { originalName: true, mimeType: true, storedName: true },
  });
  if (!attachment) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
  return { ...attachment, bytes: await readAttachmentFile(attachment.storedName) };
}
