import { z } from "zod";

/** The sign-in form, shared by the login page and the credentials provider. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "Email quá dài").pipe(z.email({ error: "Email không hợp lệ" })),
  // Long passphrases are welcome; the cap only keeps hashing cost bounded.
  password: z.string().min(1, "Vui lòng nhập mật khẩu").max(1024, "Mật khẩu quá dài"),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Error codes the sign-in endpoint returns, and what the login page says for each. */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Email hoặc mật khẩu không đúng.",
  Throttled: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  Default: "Không đăng nhập được. Vui lòng thử lại.",
} as const;

/** The message for an error code from the URL or the sign-in endpoint; unknown codes (even "constructor") get the default. */
export function signInErrorMessage(code: string): string {
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS] : SIGN_IN_ERRORS.Default;
}
