import { z } from "zod";
import { removeInvisibleFormatting } from "@/lib/text/invisible-characters";

/** What the unit fills in, with the labels the form, the preview and the admin's page show. */
export const UNIT_FIELD_LABELS = {
  newsPosted: "Số tin, bài về đầu tư đã đăng trên cổng thông tin của đơn vị",
  documentsPublished: "Số văn bản, quy hoạch, kế hoạch đã công bố",
  promotionItems: "Số nội dung xúc tiến, kêu gọi đầu tư khác",
  difficulties: "Khó khăn, vướng mắc",
  proposals: "Đề xuất, kiến nghị",
} as const;

export const UNIT_COUNT_KEYS = ["newsPosted", "documentsPublished", "promotionItems"] as const;

/** An input left empty is "not filled in yet" — never 0, which the unit must type itself. */
function emptyToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : Number(value.trim());
  return value;
}

const count = (noun: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === null ? `Vui lòng nhập ${noun.toLowerCase()}; nếu không có, hãy nhập 0` : `${noun} phải là số`,
    })
    .int(`${noun} phải là số nguyên`)
    .min(0, `${noun} không được âm`)
    .max(100_000, `${noun} tối đa 100.000`);

const required = (noun: string) => z.preprocess(emptyToNull, count(noun));
const optional = (noun: string) => z.preprocess(emptyToNull, count(noun).nullable());

const text = (noun: string) => z.string().overwrite(removeInvisibleFormatting).trim().max(5000, `${noun}: tối đa 5.000 ký tự`);

const period = {
  year: z.coerce.number().int().min(2018).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
};

/** "Lưu nháp": anything valid so far, empty figures allowed. Shared by the form and the server action. */
export const reportDraftSchema = z.strictObject({
  ...period,
  newsPosted: optional("Số tin, bài đã đăng"),
  documentsPublished: optional("Số văn bản đã công bố"),
  promotionItems: optional("Số nội dung xúc tiến đầu tư"),
  difficulties: text("Khó khăn, vướng mắc"),
  proposals: text("Đề xuất, kiến nghị"),
});

/** "Gửi báo cáo": every figure filled in. Shared by the form and the server action. */
export const reportSchema = z.strictObject({
  ...period,
  newsPosted: required("Số tin, bài đã đăng"),
  documentsPublished: required("Số văn bản đã công bố"),
  promotionItems: required("Số nội dung xúc tiến đầu tư"),
  difficulties: text("Khó khăn, vướng mắc"),
  proposals: text("Đề xuất, kiến nghị"),
});

export type ReportInput = z.input<typeof reportDraftSchema>;
export type ReportDraftValues = z.output<typeof reportDraftSchema>;
export type ReportValues = z.output<typeof reportSchema>;
