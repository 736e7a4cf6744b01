import "server-only";
import { db } from "@/lib/db/client";

export const MAX_FAILED_LOGINS_PER_ACCOUNT = 5;
// A whole department often signs in from behind one address, so the address gets more room.
export const MAX_FAILED_LOGINS_PER_ADDRESS = 30;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Keys that failures count against: the account and the caller's address, each on its own. */
export function throttleKeys(email: string, address: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (address) keys.push(`ip:${address}`);
  return keys;
}

/**
 * Whether any key has reached the failure limit within the window. Failures live in the database,
 * not in memory, so the limit holds across several app servers.
 */
export async function isLoginThrottled(keys: string[], now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const counts = await Promise.all(keys.map((key) => db.loginAttempt.count({ where: { key, createdAt: { gte: since } } })));
  return keys.some(
    (key, index) =>
      counts[index]! >= (key.startsWith("ip:") ? MAX_FAILED_LOGINS_PER_ADDRESS : MAX_FAILED_LOGINS_PER_ACCOUNT),
  );
}

export async function recordFailedLogin(keys: string[]): Promise<void> {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key })) });
  // Old rows are useless; clearing them here keeps the table small without a scheduled job.
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - LOGIN_WINDOW_MS) } } });
}
