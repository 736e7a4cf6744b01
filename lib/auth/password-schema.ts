import { z } from "zod";
import { emailField } from "@/lib/validation/fields";

/**
 * Password rules (OWASP ASVS 6.2): at least 8 characters, long passphrases welcome, no rules about
 * which kinds of character, any character allowed. Counted in characters as people see them, not
 * UTF-16 units, so "mậtkhẩu" is 7. The upper bound only keeps hashing cost bounded and matches the
 * sign-in form's. Common passwords are refused on the server (common-passwords.ts): the list is too
 * large to send to every browser.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

const characters = (text: string) => [...text].length;

const newPasswordField = z
  .string({ error: "Vui lòng nhập mật khẩu mới" })
  .refine((value) => characters(value) >= PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)
  .refine((value) => characters(value) <= PASSWORD_MAX_LENGTH, `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự`);

const confirmation = z.string({ error: "Vui lòng nhập lại mật khẩu mới" }).max(PASSWORD_MAX_LENGTH);

function sameAsPassword(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Hai lần nhập mật khẩu chưa khớp" });
  }
}

/** A one-time link's form: the token from the URL and the new password, typed twice. */
export const setPasswordSchema = z
  .strictObject({
    token: z.string().min(1).max(128),
    password: newPasswordField,
    confirmPassword: confirmation,
  })
  .superRefine(sameAsPassword);

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** /account: the current password proves it is the user at the keyboard, not a borrowed session. */
export const changePasswordSchema = z
  .strictObject({
    currentPassword: z
      .string({ error: "Vui lòng nhập mật khẩu hiện tại" })
      .min(1, "Vui lòng nhập mật khẩu hiện tại")
      .max(PASSWORD_MAX_LENGTH),
    password: newPasswordField,
    confirmPassword: confirmation,
  })
  .superRefine(sameAsPassword);

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** "Quên mật khẩu?": only the address. */
export const forgotPasswordSchema = z.strictObject({ email: emailField });

export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
