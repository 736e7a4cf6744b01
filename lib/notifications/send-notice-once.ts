import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "P2002";
}

/**
 * Runs `enqueue` for each key not yet recorded, each in its own transaction together with the key's
 * row. When several servers reach the same notice at once, the database accepts one key; the others'
 * transactions fail on it and roll back their mails. Returns the keys this call sent.
 */
export async function sendNoticesOnce(
  db: PrismaClient,
  keys: string[],
  enqueue: (tx: Prisma.TransactionClient, key: string) => Promise<void>,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const done = new Set(
    (await db.sentNotice.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((notice) => notice.key),
  );
  const sent: string[] = [];
  for (const key of keys.filter((candidate) => !done.has(candidate))) {
    try {
      await db.$transaction(async (tx) => {
        await tx.sentNotice.create({ data: { key } });
        await enqueue(tx, key);
      });
      sent.push(key);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return sent;
}
