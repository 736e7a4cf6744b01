import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

// One-time links for invitations and password resets. Kept free of "server-only" so that
// `npm run admin:create` can issue the first admin's link with the same rules.

const HOUR_MS = 60 * 60 * 1000;

/** How long a link works: three days to accept an invitation, an hour to finish a reset. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  INVITATION: 72 * HOUR_MS,
  PASSWORD_RESET: HOUR_MS,
};

/** 32 random bytes, base64url: 43 characters that need no escaping in a URL. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps: a copy of the table cannot be turned back into working links. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * A new link for the user and purpose; returns the token, which exists only in the mail (or the
 * admin:create output). Earlier open links of the same purpose stop working (marked used, so that they
 * still count towards how many mails were sent): only the newest mail counts.
 */
export async function issueToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  // Long-dead links are of no use to anyone; clearing them here keeps the table small without a job.
  await tx.userToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 30 * 24 * HOUR_MS) } } });
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
      createdAt: now,
    },
  });
  return token;
}

function usableWhere(token: string, purpose: TokenPurpose, now: Date) {
  return { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } } satisfies Prisma.UserTokenWhereInput;
}

/** The user a link still opens (unused, unexpired, of this purpose), without using it up. */
export async function findTokenUser(client: Prisma.TransactionClient, token: string, purpose: TokenPurpose, now = new Date()) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await client.userToken.findFirst({
    where: usableWhere(token, purpose, now),
    select: { user: { select: { id: true, email: true, name: true, active: true } } },
  });
  return row?.user ?? null;
}

/**
 * Uses a link up, or returns null if it no longer works. The update is conditional, so of two
 * requests with the same link only one gets the user. Every other open link of the user for the same
 * purpose is used up with it.
 */
export async function consumeToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await tx.userToken.findFirst({ where: usableWhere(token, purpose, now), select: { id: true, userId: true } });
  if (!row) return null;
  const used = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (used.count === 0) return null;
  await tx.userToken.updateMany({ where: { userId: row.userId, purpose, usedAt: null }, data: { usedAt: now } });
  return row.userId;
}

/** A deactivated user's links must not reactivate anything. */
export async function revokeTokens(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<void> {
  await tx.userToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
