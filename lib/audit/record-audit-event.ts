import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEventInput = Omit<Prisma.AuditEventUncheckedCreateInput, "id" | "createdAt">;

/** Appends to the audit trail. Pass a transaction client to record it with the change it describes. */
export async function recordAuditEvent(event: AuditEventInput, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditEvent.create({ data: event });
}
