import { z } from "zod";

/** The sign-in form, shared by the login page, the sign-in action and the credentials provider. */
export const signInSchema = z.object({
  email: z
    .string({ error: "Vui lòng nhập email" })
    .trim()
    .toLowerCase()
    .min(1, "Vui lòng nhập email")
    .max(254, "Email quá dài")
    .pipe(z.email({ error: "Email không hợp lệ" })),
  // Long passphrases are welcome; the cap only keeps hashing cost bounded.
  password: z.string({ error: "Vui lòng nhập mật khẩu" }).min(1, "Vui lòng nhập mật khẩu").max(1024, "Mật khẩu quá dài"),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Error codes of the sign-in endpoints, and what the login page says for each. */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Email hoặc mật khẩu không đúng.",
  Throttled: "Tài khoản này đã đăng nhập sai quá nhiều lần từ địa chỉ của bạn. Vui lòng thử lại sau 15 phút.",
  Unavailable: "Hệ thống đang bận, chưa đăng nhập được. Vui lòng thử lại sau ít phút.",
  Default: "Không đăng nhập được. Vui lòng thử lại.",
} as const;

/** The message for an error code from the URL or the sign-in endpoint; unknown codes (even "constructor") get the default. */
export function signInErrorMessage(code: string): string {
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS] : SIGN_IN_ERRORS.Default;
}

export type ThrottleReason = "slow-down" | "account-address" | "address";

/** Why a check was not made, with how long to wait, in words a user can act on. */
export function throttledMessage(reason: ThrottleReason, retryAfterSeconds: number): string {
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} giây` : `${Math.ceil(retryAfterSeconds / 60)} phút`;
  if (reason === "slow-down") return `Bạn vừa nhập sai mật khẩu nhiều lần. Vui lòng chờ ${wait} rồi thử lại.`;
  if (reason === "account-address") {
    return `Tài khoản này đã đăng nhập sai quá nhiều lần từ địa chỉ của bạn. Vui lòng thử lại sau ${wait}.`;
  }
  return `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau ${wait}.`;
}
