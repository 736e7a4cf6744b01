import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueDeadlineReminders } from "./report-deadline-reminders";
import { enqueueStaleProjectDigests } from "./stale-project-digests";

/** Puts every scheduled notice due at `now` in the outbox, each once; returns the keys sent by this call. */
export async function enqueueDueNotices(db: PrismaClient, now = new Date()): Promise<string[]> {
  return [...(await enqueueDeadlineReminders(db, now)), ...(await enqueueStaleProjectDigests(db, now))];
}
