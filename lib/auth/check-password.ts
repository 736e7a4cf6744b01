import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";
import { beginLoginAttempt, recordLoginFailure, recordLoginSuccess } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import type { SignInInput, ThrottleReason } from "./sign-in-schema";

// Verifying against a real hash when the email is unknown makes both failures take the same time;
// it is made when the module loads so the first unknown email is not slower either.
const dummyHash: Promise<string> = hashPassword("không có tài khoản này");

export interface VerifiedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

export type PasswordCheck =
  | { ok: true; user: VerifiedUser }
  | { ok: false; error: "invalid" }
  | { ok: false; error: "throttled"; reason: ThrottleReason; retryAfterSeconds: number };

/**
 * The one sign-in check, behind both the login form's action and next-auth's credentials endpoint:
 * throttled per account and address, the same answer (and the same time) for an unknown email, a
 * wrong password and a deactivated account, and every outcome in the audit trail.
 */
export async function checkPassword({ email, password }: SignInInput, address: string | null): Promise<PasswordCheck> {
  const verdict = await beginLoginAttempt(email, address);
  if (!verdict.allowed) {
    await recordAuditEvent({ action: "auth.sign-in.throttled", comment: `${email} từ ${address ?? "?"}` });
    logger.warn({ account: email, address, reason: verdict.reason }, "Sign-in throttled");
    return { ok: false, error: "throttled", reason: verdict.reason, retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || !user.active) {
    await recordLoginFailure(verdict.attempt);
    await recordAuditEvent({ action: "auth.sign-in.failed", actorId: user?.id ?? null, comment: user ? null : email });
    logger.warn({ account: email, address }, "Sign-in failed");
    return { ok: false, error: "invalid" };
  }
  await recordLoginSuccess(verdict.attempt);
  // The admin's user list shows when each account was last used, to spot the ones nobody needs.
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent({ action: "auth.sign-in", actorId: user.id }, tx);
  });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  };
}
