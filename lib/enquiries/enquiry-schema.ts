// zod/mini, like the fields it is made of: the interest form validates with it in the browser.
import * as z from "zod/mini";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { emailField, idField, longTextField, textField } from "@/lib/validation/fields";
import { ENQUIRY_LIMITS, ENQUIRY_MESSAGE_MAX } from "./enquiry-limits";

/**
 * "Quan tâm dự án này": what an investor sends, shared by the form in the browser and the route that
 * receives it. `website` is the honeypot (hidden from people, filled by bots); `altcha` carries the
 * solved proof-of-work. The Vietnamese messages here are the schema's own; the form shows the page's
 * language by mapping each issue to messages/<locale>/enquiry.json (enquiry-issue-message.ts).
 */
export const enquirySchema = z.strictObject({
  name: textField("Họ và tên", ENQUIRY_LIMITS.name, { required: true }),
  organization: textField("Tổ chức, doanh nghiệp", ENQUIRY_LIMITS.organization, { required: true }),
  country: textField("Quốc gia", ENQUIRY_LIMITS.country, { required: true }),
  email: emailField,
  phone: z
    .string()
    .check(
      z.overwrite(removeUnseenCharacters),
      z.trim(),
      z.maxLength(ENQUIRY_LIMITS.phone, `Số điện thoại tối đa ${ENQUIRY_LIMITS.phone} ký tự`),
      z.regex(/^[0-9+().\s-]*$/, "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -"),
    ),
  message: longTextField("Nội dung", ENQUIRY_LIMITS.messageMin, ENQUIRY_LIMITS.message),
  consent: z.literal(true, { error: "Vui lòng đồng ý để đơn vị liên hệ lại với Ông/Bà" }),
  website: z.optional(z.string().check(z.maxLength(500))),
  altcha: z.optional(z.string().check(z.maxLength(10_000))),
});

export type EnquiryInput = z.input<typeof enquirySchema>;
export type EnquiryValues = z.output<typeof enquirySchema>;

export const replySchema = z.strictObject({
  enquiryId: idField,
  body: longTextField("Nội dung trả lời", 1, ENQUIRY_MESSAGE_MAX),
});

export const enquiryStatusSchema = z.strictObject({
  enquiryId: idField,
  status: z.enum(["CLOSED", "OPEN"]),
});

export const deleteEnquirySchema = z.strictObject({ enquiryId: idField });
