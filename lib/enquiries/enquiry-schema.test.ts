import { describe, expect, it } from "vitest";
import { enquirySchema } from "./enquiry-schema";

const valid = {
  name: "  Kim Min-jun ",
  organization: "Hanbit Logistics",
  country: "Hàn Quốc",
  email: "Kim@Hanbit.KR",
  phone: "+82 (2) 123-4567",
  message: "Chúng tôi quan tâm dự án này.",
  consent: true,
};

describe("the expression-of-interest form", () => {
  it("accepts what a person types, trimmed and with the e-mail lower-cased", () => {
    const parsed = enquirySchema.parse(valid);
    expect(parsed).toMatchObject({ name: "Kim Min-jun", email: "kim@hanbit.kr", phone: "+82 (2) 123-4567" });
  });

  it("needs the consent, a real e-mail, a message of some length and a plausible phone number", () => {
    const errors = (input: Record<string, unknown>) =>
      enquirySchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
    expect(errors({ ...valid, consent: false })).toEqual(["consent: Vui lòng đồng ý để đơn vị liên hệ lại với Ông/Bà"]);
    expect(errors({ ...valid, email: "khong-phai-email" })).toEqual(["email: Email không hợp lệ"]);
    expect(errors({ ...valid, message: "Chào" })).toEqual(["message: Nội dung: ít nhất 10 ký tự"]);
    expect(errors({ ...valid, phone: "<script>" })[0]).toMatch(/^phone: Số điện thoại chỉ gồm/);
    expect(errors({ ...valid, name: "\u200b \u202e" })).toEqual(["name: Vui lòng nhập họ và tên"]);
  });

  it("refuses fields it does not know, so a caller cannot set the status or the project", () => {
    expect(enquirySchema.safeParse({ ...valid, status: "ANSWERED" }).success).toBe(false);
    expect(enquirySchema.safeParse({ ...valid, projectId: "x" }).success).toBe(false);
  });
});
