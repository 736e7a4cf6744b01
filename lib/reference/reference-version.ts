import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Moves what every server's catalogue cache checks (lib/catalogue/catalogue-cache.ts), inside the
 * edit's transaction: cached listings and project pages carry sector, location and form names, and
 * must not keep showing the old ones. Free of "server-only" so that seeding can call it too.
 */
export async function bumpReferenceVersion(tx: Prisma.TransactionClient, now = new Date()): Promise<void> {
  await tx.referenceDataVersion.upsert({
    where: { id: "catalogue" },
    create: { id: "catalogue", version: 1, changedAt: now },
    update: { version: { increment: 1 }, changedAt: now },
  });
}
