import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { sessionCookieName, usesSecureCookies } from "./session-cookie-name";

/** Eight hours: a working day; next-auth's own default (30 days) is far too long for officials' accounts. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export { sessionCookieName, usesSecureCookies } from "./session-cookie-name";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET chưa được đặt: không ký được phiên đăng nhập.");
  return value;
}

export interface SessionClaims {
  sub: string;
  role: Role;
  sessionVersion: number;
}

interface CookieJar {
  getAll(): { name: string; value: string }[];
}

/** A fresh session token for a user who just proved who they are (a new token at every sign-in). */
export async function encodeSessionToken(user: { id: string; name: string; email: string; role: Role; sessionVersion: number }) {
  const token: JWT = { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
  return encode({ token, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge: SESSION_MAX_AGE_SECONDS };
}

/**
 * What the session cookie claims, if it is one this portal signed and it has not expired. Large
 * tokens are split by next-auth into ".0", ".1"… cookies; ours never are, but both shapes read.
 * The claims are only a starting point: current-user.ts checks them against the database.
 */
export async function readSessionClaims(jar: CookieJar): Promise<SessionClaims | null> {
  const name = sessionCookieName();
  const parts = jar
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1) || 0) - Number(b.name.slice(name.length + 1) || 0));
  if (parts.length === 0 || !process.env.NEXTAUTH_SECRET) return null;
  try {
    const token = await decode({ token: parts.map((part) => part.value).join(""), secret: secret() });
    if (!token?.sub || !token.role || typeof token.sessionVersion !== "number") return null;
    return { sub: token.sub, role: token.role, sessionVersion: token.sessionVersion };
  } catch {
    return null;
  }
}
