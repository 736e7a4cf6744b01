"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { actionForAnyone, fieldErrorsOf } from "@/lib/actions/authorized-action";
import { logger } from "@/lib/log/logger";
import { checkPassword } from "./check-password";
import { requestAddress } from "./client-address";
import { getCurrentUser } from "./current-user";
import { homePathFor } from "./permissions";
import { safeReturnPath } from "./safe-return-path";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { SIGN_IN_ERRORS, signInSchema, throttledMessage } from "./sign-in-schema";

export interface SignInState {
  /** Given back so the form keeps it; the password never is. */
  email: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * The login form's action. A plain POST of the form (no JavaScript needed, so a password never ends
 * up in a URL); with JavaScript, the same action runs without a page load. On success a new session
 * cookie is issued and the user is sent where they were going, or to their role's home.
 */
export const signInAction = actionForAnyone(
  async (_previous: SignInState, form: FormData): Promise<SignInState> => {
    // An action is a public endpoint: the arguments may be anything, not the form React sends.
    if (!(form instanceof FormData)) return { email: "", message: SIGN_IN_ERRORS.Default };
    const raw = { email: form.get("email"), password: form.get("password") };
    const email = typeof raw.email === "string" ? raw.email.slice(0, 254) : "";
    const parsed = signInSchema.safeParse(raw);
    if (!parsed.success) return { email, fieldErrors: fieldErrorsOf(parsed.error) };

    let result: Awaited<ReturnType<typeof checkPassword>>;
    try {
      result = await checkPassword(parsed.data, requestAddress((await headers()).get("x-forwarded-for")));
    } catch (error) {
      // The database is down or too slow: the user gets a plain message, the log gets the detail.
      logger.error({ err: error }, "Sign-in check failed");
      return { email, message: SIGN_IN_ERRORS.Unavailable };
    }
    if (!result.ok) {
      return {
        email,
        message:
          result.error === "throttled"
            ? throttledMessage(result.reason, result.retryAfterSeconds)
            : SIGN_IN_ERRORS.CredentialsSignin,
      };
    }
    (await cookies()).set(sessionCookieName(), await encodeSessionToken(result.user), sessionCookieOptions());
    redirect(safeReturnPath(form.get("callbackUrl")) ?? homePathFor(result.user.role));
  },
  () => ({ email: "", message: SIGN_IN_ERRORS.Unavailable }),
);

/** Signs out here and on every other device: the session version moves, so every old cookie is useless. */
export const signOutAction = actionForAnyone(
  async (): Promise<void> => {
    const user = await getCurrentUser();
    if (user) {
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
        await recordAuditEvent({ action: "auth.sign-out", actorId: user.id }, tx);
      });
    }
    (await cookies()).delete(sessionCookieName());
    redirect("/");
  },
  () => undefined,
);
