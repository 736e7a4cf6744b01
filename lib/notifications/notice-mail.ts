import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { NOTIFICATION_KIND_INFO, rolesFor, type NotificationKind } from "./notification-kinds";

// How every notice reads: a greeting, what happened, the exact page to open, a signature, and how to
// turn this kind of mail off. Plain text only: every mail client shows it, and a project name or a
// reviewer's comment can be put in as it was typed without any escaping.

const PORTAL_SIGNATURE = "Cổng thông tin kêu gọi đầu tư";
const SUBJECT_LENGTH = 150;

/** The page at `path` on the portal's public address (NEXTAUTH_URL), as a link in a mail. */
export function portalUrl(path: string): string {
  return new URL(path, env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).toString();
}

/** A project name or comment inside a subject: one line, not endless. */
export function subjectPart(text: string): string {
  const line = text.replace(/\s+/g, " ").trim() || "(chưa đặt tên)";
  return line.length > SUBJECT_LENGTH ? `${line.slice(0, SUBJECT_LENGTH - 1)}…` : line;
}

export interface Notice {
  kind: NotificationKind;
  subject: string;
  /** What happened and what to do, one paragraph each. */
  paragraphs: string[];
  /** The pages to open: "label" and a path on the portal. */
  links: { label: string; path: string }[];
}

function noticeText(recipientName: string, notice: Notice): string {
  return [
    `Kính gửi Ông/Bà ${recipientName},`,
    "",
    ...notice.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...notice.links.flatMap(({ label, path }) => [`${label}:`, portalUrl(path), ""]),
    "Trân trọng,",
    PORTAL_SIGNATURE,
    "",
    "-- ",
    "Thư này được gửi tự động, xin vui lòng không trả lời.",
    `Ông/Bà nhận thư vì đang nhận thông báo “${NOTIFICATION_KIND_INFO[notice.kind].label}”. ` +
      `Có thể tắt loại thông báo này tại: ${portalUrl("/account/notifications")}`,
  ].join("\n");
}

/**
 * The active users matching `where` who may receive `kind` (their role has its permission) and have
 * not turned it off.
 */
export function noticeRecipients(tx: Prisma.TransactionClient, kind: NotificationKind, where: Prisma.UserWhereInput) {
  return tx.user.findMany({
    where: { AND: [where, { active: true, role: { in: rolesFor(kind) }, notificationOptOuts: { none: { kind } } }] },
    select: { email: true, name: true },
    orderBy: { email: "asc" },
  });
}

/** Puts one notice in the outbox for each recipient, inside the caller's transaction. */
export async function enqueueNotice(
  tx: Prisma.TransactionClient,
  recipients: { email: string; name: string }[],
  notice: Notice,
): Promise<void> {
  for (const recipient of recipients) {
    await enqueueMail(tx, {
      kind: notice.kind,
      to: recipient.email,
      subject: notice.subject,
      text: noticeText(recipient.name, notice),
    });
  }
}
