import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { beginLoginAttempt, forgetLoginAttempt, throttleKeys } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";

// Verifying against a real hash when the email is unknown makes both failures take the same time;
// it is made when the module loads so the first unknown email is not slower either.
const dummyHash: Promise<string> = hashPassword("không có tài khoản này");

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const keys = throttleKeys(email, clientAddress(request?.headers?.["x-forwarded-for"], env.TRUSTED_PROXY_HOPS));
        const attempt = await beginLoginAttempt(keys);
        if (attempt.throttled) throw new Error("Throttled");

        const user = await db.user.findUnique({ where: { email } });
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
        if (!user || !valid || !user.active) {
          await recordAuditEvent({ action: "auth.sign-in.failed", actorId: user?.id ?? null, comment: user ? null : email });
          return null;
        }
        await forgetLoginAttempt(attempt);
        await recordAuditEvent({ action: "auth.sign-in", actorId: user.id });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
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
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
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
