import "server-only";
import { db } from "@/lib/db/client";

/** Password checks one account may get from one address in the window before it must wait it out. */
export const MAX_CHECKS_PER_ACCOUNT_AND_ADDRESS = 5;
/**
 * Failed or in-flight checks one address may have across all accounts. A whole department often
 * signs in from behind one address, and successes never count, so this is set well above the
 * number of colleagues who might sign in at the same moment.
 */
export const MAX_CHECKS_PER_ADDRESS = 100;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** A check takes well under a second; a row older than this that is still "in flight" was orphaned by a crash. */
const IN_FLIGHT_MS = 30_000;

/**
 * Seconds to wait after the n-th failure before the next check: none for the first typos, then
 * doubling. Together with the cap of five checks per window this keeps a guesser at a crawl while a
 * user who mistyped twice never notices.
 */
export function delayAfterFailures(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(2 ** (failures - 3), 60);
}

export interface LoginAttempt {
  id: string;
  account: string;
  address: string;
}

export type AttemptVerdict =
  | { allowed: true; attempt: LoginAttempt }
  | { allowed: false; retryAfterSeconds: number; reason: "slow-down" | "account-address" | "address" };

export function normalizeAccount(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

/**
 * Reserves a password check for (account, address), or says how long to wait.
 *
 * Failures are counted per account *and* address, so guesses from elsewhere never lock a user out,
 * and each failure makes the next check wait longer. The row is committed before anything is
 * counted, deliberately outside one transaction: under PostgreSQL's read-committed isolation,
 * parallel transactions would not see each other's rows and all pass. Committed first, the k-th
 * concurrent attempt counts at least k rows, so no more than the limit get through on either
 * database. A refused attempt deletes its row (it was never checked, so it is no failure) and a
 * successful one deletes its own row and the pair's earlier failures.
 */
export async function beginLoginAttempt(email: string, address: string | null, now = new Date()): Promise<AttemptVerdict> {
  const account = normalizeAccount(email);
  const from = address ?? "unknown";
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const inFlightSince = new Date(now.getTime() - IN_FLIGHT_MS);
  const attempt = await db.loginAttempt.create({ data: { account, address: from, createdAt: now }, select: { id: true } });

  // Failures count for the whole window; an unfinished check only while it can still be running.
  // No upper bound on createdAt: rows written by a server whose clock runs ahead must count too.
  const counted = { createdAt: { gte: since }, OR: [{ failed: true }, { createdAt: { gte: inFlightSince } }] };
  const [forPair, forAddress, failures] = await Promise.all([
    db.loginAttempt.count({ where: { account, address: from, ...counted } }),
    db.loginAttempt.count({ where: { address: from, ...counted } }),
    db.loginAttempt.findMany({
      where: { account, address: from, failed: true, createdAt: { gte: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  // Old rows are useless; clearing them here keeps the table small without a scheduled job.
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: since } } });

  const refuse = async (reason: "slow-down" | "account-address" | "address", untilMs: number): Promise<AttemptVerdict> => {
    await db.loginAttempt.deleteMany({ where: { id: attempt.id } });
    return { allowed: false, reason, retryAfterSeconds: Math.max(1, Math.ceil((untilMs - now.getTime()) / 1000)) };
  };
  const oldestFailure = failures[failures.length - 1]?.createdAt ?? now;
  if (forPair > MAX_CHECKS_PER_ACCOUNT_AND_ADDRESS) return refuse("account-address", oldestFailure.getTime() + LOGIN_WINDOW_MS);
  if (forAddress > MAX_CHECKS_PER_ADDRESS) return refuse("address", now.getTime() + LOGIN_WINDOW_MS);
  const lastFailure = failures[0]?.createdAt;
  const wait = delayAfterFailures(failures.length) * 1000;
  if (lastFailure && lastFailure.getTime() + wait > now.getTime()) return refuse("slow-down", lastFailure.getTime() + wait);
  return { allowed: true, attempt: { id: attempt.id, account, address: from } };
}

/** The password was wrong: the attempt stays, as a failure, for the rest of the window. */
export async function recordLoginFailure(attempt: LoginAttempt, now = new Date()): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: attempt.id }, data: { failed: true, createdAt: now } });
}

/** The password was right: this check and the pair's earlier failures are forgotten. */
export async function recordLoginSuccess(attempt: LoginAttempt): Promise<void> {
  await db.loginAttempt.deleteMany({
    where: { OR: [{ id: attempt.id }, { account: attempt.account, address: attempt.address, failed: true }] },
  });
}
