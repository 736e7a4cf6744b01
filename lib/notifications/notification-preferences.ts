import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { kindsFor, type NotificationKind } from "./notification-kinds";

/** The kinds this user can receive, each with whether it is on. */
export async function getNotificationPreferences(user: CurrentUser): Promise<{ kind: NotificationKind; enabled: boolean }[]> {
  const kinds = kindsFor(user.role);
  const optOuts = await db.notificationOptOut.findMany({
    where: { userId: user.id, kind: { in: kinds } },
    select: { kind: true },
  });
  const off = new Set(optOuts.map((optOut) => optOut.kind));
  return kinds.map((kind) => ({ kind, enabled: !off.has(kind) }));
}

/** Turns on exactly the `enabled` kinds among those the user's role receives, and off the rest. */
export async function saveNotificationPreferences(user: CurrentUser, enabled: NotificationKind[]): Promise<void> {
  const kinds = kindsFor(user.role);
  const off = kinds.filter((kind) => !enabled.includes(kind));
  await db.$transaction(async (tx) => {
    await tx.notificationOptOut.deleteMany({ where: { userId: user.id, kind: { in: kinds } } });
    if (off.length > 0) await tx.notificationOptOut.createMany({ data: off.map((kind) => ({ userId: user.id, kind })) });
  });
}
