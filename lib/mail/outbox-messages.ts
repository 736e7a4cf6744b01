import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";
import type { OutboxStatus, Prisma } from "@/lib/generated/prisma/client";
import { isNotificationKind, NOTIFICATION_KIND_INFO } from "@/lib/notifications/notification-kinds";

// The outbox as Sở TT&TT reads it at /admin/mail: what was sent, what waits, what failed and why.

const OUTBOX_PAGE_SIZE = 50;

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const satisfies readonly OutboxStatus[];

/** Whether this server sends mail at all; without SMTP_URL the outbox is only a record of what would go out. */
export function mailIsSent(): boolean {
  return Boolean(env.SMTP_URL);
}

export function outboxStatusLabel(status: OutboxStatus): string {
  if (status === "PENDING") return mailIsSent() ? "Chờ gửi" : "Chưa gửi (chế độ thử)";
  return status === "SENT" ? "Đã gửi" : "Gửi không được";
}

const ACCOUNT_MAIL_LABELS: Record<string, string> = {
  "auth.invitation": "Thư mời tham gia",
  "auth.password-reset": "Đặt lại mật khẩu",
};

export function mailKindLabel(kind: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_KIND_INFO[kind].label : (ACCOUNT_MAIL_LABELS[kind] ?? kind);
}

/**
 * Mail about an account (an invitation, a password reset) carries a one-time link that lets whoever
 * holds it set that account's password. Once mail really goes out, the link is the recipient's alone,
 * so the page does not show it to admins; in a demo, where nothing is sent, it is the only way to
 * follow the link, and it is shown.
 */
export function contentWithheld(kind: string): boolean {
  return mailIsSent() && kind.startsWith("auth.");
}

function assertAdmin(user: CurrentUser): void {
  if (!can(user.role, "admin:manage")) throw new ForbiddenError();
}

export async function listOutboxMessages(user: CurrentUser, filter: { status: OutboxStatus | null; page: number }) {
  assertAdmin(user);
  const where: Prisma.OutboxMessageWhereInput = filter.status ? { status: filter.status } : {};
  const [counts, total, messages] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
        lastError: true,
      },
    }),
  ]);
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<OutboxStatus, number>;
  for (const count of counts) byStatus[count.status] = count._count._all;
  return { byStatus, total, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), messages };
}

export async function getOutboxMessage(user: CurrentUser, id: string) {
  assertAdmin(user);
  return db.outboxMessage.findUnique({ where: { id } });
}
