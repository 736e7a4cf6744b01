import { z } from "zod";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { CODE_PATTERN } from "./code-pattern";

/** "5000" → "5.000", the vi-VN way of writing a count in a message. */
const count = (n: number) => n.toLocaleString("vi-VN");

/** A one-line text an admin types: invisible formatting and control characters removed, trimmed, bounded. */
export function textField(label: string, max: number, { required = false } = {}) {
  const base = z
    .string({ error: `${label}: vui lòng nhập chữ` })
    .overwrite(removeUnseenCharacters)
    .trim()
    .max(max, `${label}: tối đa ${count(max)} ký tự`);
  return required ? base.min(1, `Vui lòng nhập ${label.toLowerCase()}`) : base;
}

/** An e-mail address, lower-cased; the schema's own check, with a Vietnamese message. */
export const emailField = z
  .string({ error: "Vui lòng nhập email" })
  .overwrite(removeUnseenCharacters)
  .trim()
  .toLowerCase()
  .min(1, "Vui lòng nhập email")
  .max(254, "Email quá dài")
  .pipe(z.email({ error: "Email không hợp lệ" }));

/** An e-mail address that may be left empty (a unit without a public address). */
export const optionalEmailField = z
  .string()
  .overwrite(removeUnseenCharacters)
  .trim()
  .toLowerCase()
  .max(254, "Email quá dài")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Email không hợp lệ");

/** A website, empty or http(s). */
export const optionalWebsiteField = z
  .string()
  .overwrite(removeUnseenCharacters)
  .trim()
  .max(300, "Địa chỉ website quá dài")
  .refine(
    (value) => value === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
    "Địa chỉ website phải bắt đầu bằng http:// hoặc https://",
  );

const CODE_MAX_LENGTH = 64;

export const codeField = z
  .string({ error: "Vui lòng nhập mã" })
  .overwrite(removeUnseenCharacters)
  .trim()
  .min(1, "Vui lòng nhập mã")
  .max(CODE_MAX_LENGTH, `Mã tối đa ${CODE_MAX_LENGTH} ký tự`)
  .regex(CODE_PATTERN, "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: so-tai-chinh)");

/** An id the server gave out (cuid); anything else is refused before a query is made. */
export const idField = z.string().min(1).max(64);
