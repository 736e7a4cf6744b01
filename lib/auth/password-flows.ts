import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { DomainError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { invitationMail, passwordResetMail } from "./account-mail";
import { passwordProblem } from "./common-passwords";
import type { CurrentUser } from "./current-user";
import { beginLoginAttempt, recordLoginFailure, recordLoginSuccess } from "./login-throttle";
import { consumeToken, findTokenUser, issueToken } from "./one-time-tokens";
import { hashPassword, verifyPassword } from "./password";
import { invitationPath, passwordResetPath, portalLink } from "./portal-url";
import { throttledMessage } from "./sign-in-schema";

/** Reset mails one account may receive per hour, so the form cannot be used to flood a mailbox. */
export const MAX_RESET_MAILS_PER_HOUR = 3;

export const LINK_NOT_VALID_MESSAGE =
  "Liên kết không còn hiệu lực: đã được dùng, đã hết hạn hoặc đã có liên kết mới hơn. Vui lòng yêu cầu liên kết mới.";

interface MailTarget {
  id: string;
  name: string;
  email: string;
}

/** Puts a new reset link in the user's mailbox, inside the caller's transaction. */
export async function issuePasswordReset(
  tx: Prisma.TransactionClient,
  user: MailTarget,
  actorId: string | null,
  now = new Date(),
) {
  const token = await issueToken(tx, user.id, "PASSWORD_RESET", now);
  await enqueueMail(tx, passwordResetMail(await readSiteSettings(), user, portalLink(passwordResetPath(token))));
  await recordAuditEvent(
    { action: "auth.password-reset.sent", actorId, comment: actorId === user.id ? user.email : `Gửi cho ${user.email}` },
    tx,
  );
}

/** Puts a new invitation link in the user's mailbox, inside the caller's transaction. */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  user: MailTarget & { organizationName: string | null },
  now = new Date(),
) {
  const token = await issueToken(tx, user.id, "INVITATION", now);
  await enqueueMail(tx, invitationMail(await readSiteSettings(), user, portalLink(invitationPath(token)), user.organizationName));
}

/**
 * "Quên mật khẩu?". Runs after the answer has been sent (the action uses after()), so the answer is
 * the same, in the same time, whether or not the address has an account. Only an active account with
 * a password gets a mail, and no more than a few an hour.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  if (!user?.active || !user.passwordHash) return;
  const recent = await db.userToken.count({
    where: { userId: user.id, purpose: "PASSWORD_RESET", createdAt: { gte: new Date(now.getTime() - 60 * 60 * 1000) } },
  });
  if (recent >= MAX_RESET_MAILS_PER_HOUR) {
    await recordAuditEvent({ action: "auth.password-reset.throttled", actorId: user.id, comment: user.email });
    return;
  }
  await db.$transaction((tx) => issuePasswordReset(tx, user, user.id, now));
}

/** Who a link is for, while it still works: the page greets them and asks for the password. */
export function tokenHolder(token: string, purpose: TokenPurpose) {
  return findTokenUser(db, token, purpose);
}

/**
 * Sets the password through a one-time link. The link is used up with every other open link of its
 * kind; the session version moves, so every session opened before ends; an invitation activates the
 * account. A reset link of a deactivated account does nothing.
 */
export async function setPasswordWithToken(purpose: TokenPurpose, input: { token: string; password: string }, now = new Date()) {
  const holder = await findTokenUser(db, input.token, purpose, now);
  if (!holder || (purpose === "PASSWORD_RESET" && !holder.active)) throw new DomainError(LINK_NOT_VALID_MESSAGE);
  const problem = passwordProblem(input.password, holder.email);
  if (problem) throw new InvalidInputError(problem, { password: [problem] });
  // Hashing takes tens of milliseconds: done before the transaction, which stays short.
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, input.token, purpose, now);
    if (userId !== holder.id) throw new DomainError(LINK_NOT_VALID_MESSAGE);
    const updated = await tx.user.updateMany({
      where: purpose === "PASSWORD_RESET" ? { id: userId, active: true } : { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(purpose === "INVITATION" ? { active: true } : {}) },
    });
    if (updated.count === 0) throw new DomainError(LINK_NOT_VALID_MESSAGE);
    await recordAuditEvent(
      {
        action: purpose === "INVITATION" ? "auth.invitation.accepted" : "auth.password-reset.completed",
        actorId: userId,
        comment: holder.email,
      },
      tx,
    );
  });
  return { email: holder.email };
}

/**
 * /account: a new password for the signed-in user, who proves it with the current one. Guesses at the
 * current password count as failed sign-ins, so a borrowed session cannot be used to try passwords
 * faster than the login form allows. Every other session ends; the caller re-issues this one's
 * cookie with the returned session version.
 */
export async function changeOwnPassword(
  user: CurrentUser,
  input: { currentPassword: string; password: string },
  address: string | null,
) {
  const verdict = await beginLoginAttempt(user.email, address);
  if (!verdict.allowed) throw new DomainError(throttledMessage(verdict.reason, verdict.retryAfterSeconds));
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordLoginFailure(verdict.attempt);
    throw new InvalidInputError("Mật khẩu hiện tại không đúng.", { currentPassword: ["Mật khẩu hiện tại không đúng"] });
  }
  await recordLoginSuccess(verdict.attempt);
  const problem = passwordProblem(input.password, user.email);
  if (problem) throw new InvalidInputError(problem, { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    });
    await tx.userToken.updateMany({
      where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: new Date() },
    });
    await recordAuditEvent({ action: "auth.password.changed", actorId: user.id }, tx);
    return updated;
  });
}
