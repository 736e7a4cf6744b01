import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_LENGTH } from "./password-schema";

// The common-password list of zxcvbn-ts (@zxcvbn-ts/language-common, MIT): about 49,000 passwords
// from public breach corpora, most frequent first, Vietnamese favourites such as "anhyeuem" among
// them. Only those long enough to pass the length rule can ever be typed here, so only they are kept.
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].filter((password) => password.length >= PASSWORD_MIN_LENGTH));
  return common;
}

/**
 * Why a new password that meets the length rule is still refused, or null: it is on the list of
 * common passwords (case-insensitive), or it is the user's own e-mail address or its name part, the
 * first things an attacker tries.
 */
export function passwordProblem(password: string, email: string): string | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.";
  const address = email.toLowerCase();
  if (lower === address || lower === address.split("@")[0])
    return "Mật khẩu không được trùng với email. Vui lòng chọn mật khẩu khác.";
  return null;
}
