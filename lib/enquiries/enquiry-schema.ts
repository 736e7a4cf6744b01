import { z } from "zod";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { emailField, textField } from "@/lib/validation/fields";

/** A multi-line text an investor or a unit writes: unseen characters removed, trimmed, bounded. */
function longText(label: string, min: number, max: number) {
  return z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .overwrite(removeUnseenCharacters)
    .trim()
    .min(min, min <= 1 ? `Vui lòng nhập ${label.toLowerCase()}` : `${label}: ít nhất ${min} ký tự`)
    .max(max, `${label}: tối đa ${max.toLocaleString("vi-VN")} ký tự`);
}

export const ENQUIRY_MESSAGE_MAX = 5_000;

/**
 * "Quan tâm dự án này": what an investor sends, shared by the form in the browser and the route that
 * receives it. `website` is the honeypot (hidden from people, filled by bots); `altcha` carries the
 * solved proof-of-work.
 */
export const enquirySchema = z.strictObject({
  name: textField("Họ và tên", 120, { required: true }),
  organization: textField("Tổ chức, doanh nghiệp", 200, { required: true }),
  country: textField("Quốc gia", 100, { required: true }),
  email: emailField,
  phone: z
    .string()
    .overwrite(removeUnseenCharacters)
    .trim()
    .max(30, "Số điện thoại tối đa 30 ký tự")
    .regex(/^[0-9+().\s-]*$/, "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -"),
  message: longText("Nội dung", 10, ENQUIRY_MESSAGE_MAX),
  consent: z.literal(true, { error: "Vui lòng đồng ý để đơn vị liên hệ lại với Ông/Bà" }),
  website: z.string().max(500).optional(),
  altcha: z.string().max(10_000).optional(),
});

export type EnquiryInput = z.input<typeof enquirySchema>;
export type EnquiryValues = z.output<typeof enquirySchema>;

export const replySchema = z.strictObject({
  enquiryId: z.string().min(1).max(64),
  body: longText("Nội dung trả lời", 1, ENQUIRY_MESSAGE_MAX),
});

export const enquiryStatusSchema = z.strictObject({
  enquiryId: z.string().min(1).max(64),
  status: z.enum(["CLOSED", "OPEN"]),
});

export const deleteEnquirySchema = z.strictObject({ enquiryId: z.string().min(1).max(64) });
