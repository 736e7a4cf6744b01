import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEventInput = Omit<Prisma.AuditEventUncheckedCreateInput, "id" | "createdAt">;

/**
 * Appends to the audit trail. Pass the transaction client to record it with the change it describes.
 * On its own it still runs in a transaction: the SQLite adapter shares one connection, and a write
 * made outside a transaction while another request's transaction is open would be rolled back with it.
 */
export async function recordAuditEvent(event: AuditEventInput, client?: Prisma.TransactionClient): Promise<void> {
  if (client) {
    await client.auditEvent.create({ data: event });
    return;
  }
  await db.$transaction((tx) => tx.auditEvent.create({ data: event }));
}
