import "server-only";
import { db } from "@/lib/db/client";

export const MAX_FAILED_LOGINS_PER_ACCOUNT = 5;
// A whole department often signs in from behind one address, so the address gets more room.
export const MAX_FAILED_LOGINS_PER_ADDRESS = 30;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Keys that attempts count against: the account and the caller's address, each on its own. */
export function throttleKeys(email: string, address: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (address) keys.push(`ip:${address}`);
  return keys;
}

function limitFor(key: string): number {
  return key.startsWith("ip:") ? MAX_FAILED_LOGINS_PER_ADDRESS : MAX_FAILED_LOGINS_PER_ACCOUNT;
}

export interface LoginAttempt {
  throttled: boolean;
  /** Rows to forget if the attempt succeeds. */
  ids: string[];
}

/**
 * Records an attempt before the password is checked, then counts: checking first and recording
 * after the slow hash would let many parallel guesses through the same gap. The attempts live in
 * the database, not in memory, so the limit holds across app servers.
 *
 * The rows are committed before counting, deliberately outside one transaction: under PostgreSQL's
 * read-committed isolation, parallel transactions would not see each other's uncommitted rows and
 * all pass. Committed first, the k-th attempt to commit counts at least k rows, so no more than the
 * limit get through, on either database.
 */
export async function beginLoginAttempt(keys: string[], now = new Date()): Promise<LoginAttempt> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const created = await db.loginAttempt.createManyAndReturn({
    data: keys.map((key) => ({ key, createdAt: now })),
    select: { id: true },
  });
  const counts = await Promise.all(
    // No upper bound on createdAt: rows written by a server whose clock runs ahead must count too.
    keys.map((key) => db.loginAttempt.count({ where: { key, createdAt: { gte: since } } })),
  );
  // Old rows are useless; clearing them here keeps the table small without a scheduled job.
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  return { throttled: keys.some((key, index) => counts[index]! > limitFor(key)), ids: created.map((row) => row.id) };
}

/** A successful sign-in is not a failure to count. */
export async function forgetLoginAttempt(attempt: LoginAttempt): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { id: { in: attempt.ids } } });
}
