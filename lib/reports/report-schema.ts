import { z } from "zod";

const count = (noun: string) =>
  z.coerce
    .number({ error: `${noun} phải là số` })
    .int(`${noun} phải là số nguyên`)
    .min(0, `${noun} không được âm`)
    .max(100_000, `${noun} tối đa 100.000`);

const text = (noun: string) => z.string().trim().max(5000, `${noun}: tối đa 5.000 ký tự`);

/** What a unit adds to its quarterly report; shared by the report form and the server actions. */
export const reportSchema = z.strictObject({
  year: z.coerce.number().int().min(2018).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  newsPosted: count("Số tin, bài đã đăng"),
  documentsPublished: count("Số văn bản đã công bố"),
  promotionItems: count("Số nội dung xúc tiến đầu tư"),
  difficulties: text("Khó khăn, vướng mắc"),
  proposals: text("Đề xuất, kiến nghị"),
});

export type ReportInput = z.input<typeof reportSchema>;
export type ReportValues = z.output<typeof reportSchema>;
