import crypto from "node:crypto";
import { z } from "zod";
import { hashToken, TOKEN_PATTERN } from "@/lib/auth/one-time-tokens";

// The two links an alert's mails carry. Kept free of "server-only": the digest script signs links too.
//
// - Confirmation: 32 random bytes, sent once; only its SHA-256 is stored (as for invitations), so a
//   copy of the database confirms nothing.
// - Unsubscribe: in every mail, so it cannot be a stored one-time secret; it is the subscription's id
//   with an HMAC of it under a key derived from NEXTAUTH_SECRET. Nobody without the secret can make
//   one, the database holds nothing that would, and every app server checks the others' links.
//   Changing NEXTAUTH_SECRET makes the links in mails already sent stop working (the next digest
//   carries a new one).

export { TOKEN_PATTERN as CONFIRM_TOKEN_PATTERN };

/** A new confirmation token and what the database keeps of it. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** The stored form of a confirmation token from a link, or null for anything that is not one. */
export function confirmTokenHash(token: string): string | null {
  return TOKEN_PATTERN.test(token) ? hashToken(token) : null;
}

/** "<id>.<43 characters of base64url HMAC>": what a cuid looks like, then the signature. */
export const UNSUBSCRIBE_TOKEN_PATTERN = /^([a-z0-9]{20,40})\.([A-Za-z0-9_-]{43})$/;

function unsubscribeKey(secret: string | undefined): Buffer {
  if (!secret) throw new Error("NEXTAUTH_SECRET chưa được đặt: không ký được liên kết hủy đăng ký.");
  return crypto.createHmac("sha256", secret).update("alerts:unsubscribe").digest();
}

function signature(subscriptionId: string, secret: string | undefined): string {
  return crypto.createHmac("sha256", unsubscribeKey(secret)).update(subscriptionId).digest("base64url");
}

export function unsubscribeToken(subscriptionId: string, secret = process.env.NEXTAUTH_SECRET): string {
  return `${subscriptionId}.${signature(subscriptionId, secret)}`;
}

/** The subscription an unsubscribe token names, or null when it is malformed or not signed by this portal. */
export function verifyUnsubscribeToken(token: string, secret = process.env.NEXTAUTH_SECRET): string | null {
  const match = UNSUBSCRIBE_TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, id, given] = match;
  const expected = Buffer.from(signature(id!, secret));
  const actual = Buffer.from(given!);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected) ? id! : null;
}

/** The token of a confirmation link, as a path segment (route handlers' params). */
export const confirmTokenParams = z.strictObject({ token: z.string().regex(TOKEN_PATTERN) });

/** The token of an unsubscribe link, as a path segment. */
export const unsubscribeTokenParams = z.strictObject({ token: z.string().regex(UNSUBSCRIBE_TOKEN_PATTERN) });
