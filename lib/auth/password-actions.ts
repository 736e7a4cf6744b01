"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { authorizedAction, formActionForAnyone } from "@/lib/actions/authorized-action";
import { requestAddress } from "./client-address";
import { changeOwnPassword, requestPasswordReset, setPasswordWithToken } from "./password-flows";
import { changePasswordSchema, forgotPasswordSchema, setPasswordSchema } from "./password-schema";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "./session-cookie";

/**
 * "Quên mật khẩu?": the answer is the same whether or not the address has an account, and it leaves
 * before anything about the account is looked up — the work runs after the response (after()).
 */
export const forgotPasswordAction = formActionForAnyone(forgotPasswordSchema, async ({ email }) => {
  after(() => requestPasswordReset(email).catch((error: unknown) => console.error("Password reset request failed", error)));
  return { email };
});

export const acceptInvitationAction = formActionForAnyone(setPasswordSchema, (input) =>
  setPasswordWithToken("INVITATION", input),
);

export const resetPasswordAction = formActionForAnyone(setPasswordSchema, (input) =>
  setPasswordWithToken("PASSWORD_RESET", input),
);

/** /account: the other sessions end; this one goes on with a cookie carrying the new session version. */
export const changePasswordAction = authorizedAction("account:manage", changePasswordSchema, async (input, user) => {
  const updated = await changeOwnPassword(user, input, requestAddress((await headers()).get("x-forwarded-for")));
  (await cookies()).set(sessionCookieName(), await encodeSessionToken(updated), sessionCookieOptions());
  return { changed: true };
});
