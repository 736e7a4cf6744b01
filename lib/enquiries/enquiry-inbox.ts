import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { EnquiryStatus } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { enquiryWhere } from "./enquiry-access";
import { enquiryReplyMail } from "./enquiry-mail";

function assertReader(user: CurrentUser) {
  if (!can(user.role, "enquiry:answer") && !can(user.role, "enquiry:manage")) throw new ForbiddenError();
}

const listSelect = {
  id: true,
  status: true,
  name: true,
  organization: true,
  country: true,
  email: true,
  createdAt: true,
  firstRepliedAt: true,
  project: { select: { id: true, name: true, slug: true, organization: { select: { name: true } } } },
  _count: { select: { replies: true } },
} as const;

/** The inbox: newest first, optionally one status only. */
export async function listEnquiries(user: CurrentUser, status?: EnquiryStatus) {
  assertReader(user);
  return db.enquiry.findMany({
    where: { AND: [enquiryWhere(user), status ? { status } : {}] },
    select: listSelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

/** How many of each status the user's inbox holds. */
export async function countEnquiries(user: CurrentUser): Promise<Record<EnquiryStatus, number>> {
  assertReader(user);
  const groups = await db.enquiry.groupBy({ by: ["status"], where: enquiryWhere(user), _count: { _all: true } });
  const counts: Record<EnquiryStatus, number> = { NEW: 0, ANSWERED: 0, CLOSED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** One enquiry with its thread; null for anyone who may not see it. */
export async function getEnquiry(user: CurrentUser, id: string) {
  assertReader(user);
  if (id.length > 64) return null;
  return db.enquiry.findFirst({
    where: { AND: [{ id }, enquiryWhere(user)] },
    select: {
      ...listSelect,
      phone: true,
      message: true,
      consentAt: true,
      replies: {
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/**
 * The unit answers: the reply joins the thread, the investor gets it by e-mail, and the enquiry is
 * answered (the first answer's time is kept for the figures). All in one transaction.
 */
export async function replyToEnquiry(user: CurrentUser, enquiryId: string, body: string, now = new Date()) {
  assertCan(user, "enquiry:answer");
  return db.$transaction(async (tx) => {
    const enquiry = await tx.enquiry.findFirst({
      where: { AND: [{ id: enquiryId }, enquiryWhere(user)] },
      select: {
        id: true,
        status: true,
        name: true,
        email: true,
        message: true,
        firstRepliedAt: true,
        project: {
          select: { id: true, name: true, slug: true, unitName: true, unitEmail: true, unitPhone: true, contactName: true },
        },
      },
    });
    if (!enquiry) throw new NotFoundError("Không tìm thấy yêu cầu.");
    if (enquiry.status === "CLOSED") throw new ConflictError("Yêu cầu đã đóng. Hãy mở lại trước khi trả lời.");
    const reply = await tx.enquiryReply.create({
      data: { enquiryId: enquiry.id, authorId: user.id, body, createdAt: now },
      select: { id: true },
    });
    await tx.enquiry.update({
      where: { id: enquiry.id },
      data: { status: "ANSWERED", firstRepliedAt: enquiry.firstRepliedAt ?? now },
    });
    await enqueueMail(tx, enquiryReplyMail({ enquiry, project: enquiry.project, body }));
    await recordAuditEvent({ action: "enquiry.reply", projectId: enquiry.project.id, actorId: user.id, comment: enquiry.id }, tx);
    return reply;
  });
}

/** Closes an enquiry, or opens it again (answered if it has an answer, new otherwise). */
export async function setEnquiryOpen(user: CurrentUser, enquiryId: string, open: boolean) {
  assertCan(user, "enquiry:answer");
  return db.$transaction(async (tx) => {
    const enquiry = await tx.enquiry.findFirst({
      where: { AND: [{ id: enquiryId }, enquiryWhere(user)] },
      select: { id: true, projectId: true, firstRepliedAt: true },
    });
    if (!enquiry) throw new NotFoundError("Không tìm thấy yêu cầu.");
    const status: EnquiryStatus = open ? (enquiry.firstRepliedAt ? "ANSWERED" : "NEW") : "CLOSED";
    await tx.enquiry.update({ where: { id: enquiry.id }, data: { status } });
    await recordAuditEvent(
      { action: open ? "enquiry.reopen" : "enquiry.close", projectId: enquiry.projectId, actorId: user.id, comment: enquiry.id },
      tx,
    );
    return { status };
  });
}

/**
 * Deletes an enquiry at the investor's request (admin only): the enquiry, its thread, and the mails
 * about it still in the outbox, which hold the same details. The trail keeps only that it happened.
 */
export async function deleteEnquiry(user: CurrentUser, enquiryId: string) {
  assertCan(user, "enquiry:manage");
  await db.$transaction(async (tx) => {
    const enquiry = await tx.enquiry.findFirst({
      where: { AND: [{ id: enquiryId }, enquiryWhere(user)] },
      select: { id: true, projectId: true },
    });
    if (!enquiry) throw new NotFoundError("Không tìm thấy yêu cầu.");
    await tx.enquiry.delete({ where: { id: enquiry.id } });
    await tx.outboxMessage.deleteMany({
      where: { kind: { in: ["enquiry.received", "enquiry.reply"] }, text: { contains: `Mã yêu cầu: ${enquiry.id}` } },
    });
    await recordAuditEvent({ action: "enquiry.delete", projectId: enquiry.projectId, actorId: user.id, comment: enquiry.id }, tx);
  });
}
