// Written with zod/mini: the public forms (interest, alerts) validate in the visitor's browser with
// these, and the mini build ships a few kilobytes where classic zod ships thirty. Classic schemas
// elsewhere take them as properties as they are (both are zod 4 core types).
import * as z from "zod/mini";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { CODE_PATTERN } from "./code-pattern";

/** "5000" → "5.000", the vi-VN way of writing a count in a message. */
const count = (n: number) => n.toLocaleString("vi-VN");

/** Invisible formatting and control characters removed, then trimmed: every typed text starts so. */
const cleaned = [z.overwrite(removeUnseenCharacters), z.trim()] as const;

/** A one-line text someone types: invisible formatting and control characters removed, trimmed, bounded. */
export function textField(label: string, max: number, { required = false } = {}) {
  return z
    .string({ error: `${label}: vui lòng nhập chữ` })
    .check(
      ...cleaned,
      z.maxLength(max, `${label}: tối đa ${count(max)} ký tự`),
      ...(required ? [z.minLength(1, `Vui lòng nhập ${label.toLowerCase()}`)] : []),
    );
}

/** A multi-line text (a message, an answer): the same cleaning, a minimum and a maximum length. */
export function longTextField(label: string, min: number, max: number) {
  return z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .check(
      ...cleaned,
      z.minLength(min, min <= 1 ? `Vui lòng nhập ${label.toLowerCase()}` : `${label}: ít nhất ${min} ký tự`),
      z.maxLength(max, `${label}: tối đa ${count(max)} ký tự`),
    );
}

/** An e-mail address, lower-cased; the schema's own check, with a Vietnamese message. */
export const emailField = z.pipe(
  z
    .string({ error: "Vui lòng nhập email" })
    .check(...cleaned, z.toLowerCase(), z.minLength(1, "Vui lòng nhập email"), z.maxLength(254, "Email quá dài")),
  z.email({ error: "Email không hợp lệ" }),
);

const emailFormat = z.email();

/** An e-mail address that may be left empty (a unit without a public address). */
export const optionalEmailField = z.string().check(
  ...cleaned,
  z.toLowerCase(),
  z.maxLength(254, "Email quá dài"),
  z.refine((value) => value === "" || emailFormat.safeParse(value).success, "Email không hợp lệ"),
);

/** A website, empty or http(s). */
export const optionalWebsiteField = z.string().check(
  ...cleaned,
  z.maxLength(300, "Địa chỉ website quá dài"),
  z.refine(
    (value) => value === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
    "Địa chỉ website phải bắt đầu bằng http:// hoặc https://",
  ),
);

const CODE_MAX_LENGTH = 64;

export const codeField = z
  .string({ error: "Vui lòng nhập mã" })
  .check(
    ...cleaned,
    z.minLength(1, "Vui lòng nhập mã"),
    z.maxLength(CODE_MAX_LENGTH, `Mã tối đa ${CODE_MAX_LENGTH} ký tự`),
    z.regex(CODE_PATTERN, "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: so-tai-chinh)"),
  );

/** An id the server gave out (cuid); anything else is refused before a query is made. */
export const idField = z.string().check(z.minLength(1), z.maxLength(64));
