import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { logger } from "@/lib/log/logger";
import { checkPassword } from "./check-password";
import { requestAddress } from "./client-address";
import { currentUserForClaims } from "./current-user";
import { SESSION_MAX_AGE_SECONDS, usesSecureCookies } from "./session-cookie";
import { signInSchema } from "./sign-in-schema";

/**
 * next-auth's endpoints under /api/auth: the session read by scripts and the API sign-in the browser
 * tests use. The login page itself signs in through a server action (lib/auth/session-actions.ts)
 * with the same check, so that it works without JavaScript; both issue the same cookie.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const result = await checkPassword(parsed.data, requestAddress(request?.headers?.["x-forwarded-for"]));
        if (result.ok) return result.user;
        if (result.error === "throttled") throw new Error("Throttled");
        return null;
      },
    }),
  ],
  events: {
    // A JWT stays valid until it expires; bumping the version makes the signed-out cookie useless
    // at once (and signs the user out on their other devices too).
    async signOut({ token }) {
      if (!token?.sub) return;
      await db.user.updateMany({ where: { id: token.sub }, data: { sessionVersion: { increment: 1 } } });
      await recordAuditEvent({ action: "auth.sign-out", actorId: token.sub });
    },
  },
  logger: {
    // A revoked session is refused on purpose (below); that is not an error worth a stack trace.
    error(code, metadata) {
      if (code !== "JWT_SESSION_ERROR") logger.error({ code, metadata }, "next-auth error");
    },
    warn() {},
    debug() {},
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        return token;
      }
      // Reading an existing session (/api/auth/session): a signed-out, deactivated or demoted user's
      // cookie is refused and cleared, exactly as current-user.ts refuses it on every page.
      const current =
        token.sub && token.role && typeof token.sessionVersion === "number"
          ? await currentUserForClaims({ sub: token.sub, role: token.role, sessionVersion: token.sessionVersion })
          : null;
      if (!current) throw new Error("Phiên đăng nhập không còn hiệu lực");
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role as Role;
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
  },
};
