import { describe, expect, it } from "vitest";
import { enquiryIssueMessage } from "./enquiry-issue-message";
import { ENQUIRY_MESSAGE_MAX } from "./enquiry-limits";
import { enquirySchema } from "./enquiry-schema";
import { enquiryErrorTexts, enquiryTranslator, interestFormLabels } from "./enquiry-texts";

const valid = {
  name: "Kim Min-jun",
  organization: "Hanbit Logistics",
  country: "Korea",
  email: "kim@hanbit.kr",
  phone: "+82 2 123 4567",
  message: "We would like to visit the site.",
  consent: true,
};

/** Letters only Vietnamese (among the portal's two languages) writes: accented Latin. */
const VIETNAMESE_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/;

function issuesOf(input: Record<string, unknown>) {
  return enquirySchema.safeParse(input).error?.issues ?? [];
}

function worded(locale: "vi" | "en", input: Record<string, unknown>): string[] {
  const texts = enquiryErrorTexts(enquiryTranslator(locale));
  return issuesOf(input).map((issue) => `${issue.path.join(".")}: ${enquiryIssueMessage(issue, texts)}`);
}

// Every way a person (or a script posting to the route) can get each field wrong.
const MISTAKES: Record<string, Record<string, unknown>> = {
  "empty name": { name: "" },
  "name not text": { name: 42 },
  "long name": { name: "x".repeat(121) },
  "empty organisation": { organization: " " },
  "long organisation": { organization: "x".repeat(201) },
  "empty country": { country: "" },
  "long country": { country: "x".repeat(101) },
  "empty e-mail": { email: "" },
  "e-mail not text": { email: null },
  "long e-mail": { email: `${"a".repeat(250)}@x.vn` },
  "bad e-mail": { email: "khong-phai-email" },
  "long phone": { phone: "1".repeat(31) },
  "letters in the phone": { phone: "<script>" },
  "short message": { message: "Chào" },
  "message not text": { message: undefined },
  "long message": { message: "x".repeat(ENQUIRY_MESSAGE_MAX + 1) },
  "no consent": { consent: false },
};

describe("the interest form's messages", () => {
  it("say in Vietnamese exactly what the schema itself says, so Vietnamese pages read as before", () => {
    for (const [mistake, change] of Object.entries(MISTAKES)) {
      const issues = issuesOf({ ...valid, ...change });
      expect(issues.length, mistake).toBeGreaterThan(0);
      expect(worded("vi", { ...valid, ...change }), mistake).toEqual(
        issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
      );
    }
  });

  it("say it in English on English pages, with no Vietnamese left", () => {
    for (const [mistake, change] of Object.entries(MISTAKES)) {
      for (const message of worded("en", { ...valid, ...change })) expect(message, mistake).not.toMatch(VIETNAMESE_LETTER);
    }
  });

  it("word a too-long message and a bad e-mail address in the page's language", () => {
    const tooLong = { ...valid, message: "x".repeat(ENQUIRY_MESSAGE_MAX + 1) };
    expect(worded("en", tooLong)).toEqual(["message: Your enquiry: at most 5,000 characters"]);
    expect(worded("vi", tooLong)).toEqual(["message: Nội dung: tối đa 5.000 ký tự"]);
    const badEmail = { ...valid, email: "not-an-address" };
    expect(worded("en", badEmail)).toEqual(["email: This is not a valid e-mail address"]);
    expect(worded("vi", badEmail)).toEqual(["email: Email không hợp lệ"]);
  });

  it("fall back to a general message for what the form never sends", () => {
    expect(worded("en", { ...valid, status: "ANSWERED" })).toEqual([": This value is not valid"]);
    expect(worded("en", { ...valid, website: 5 })).toEqual(["website: This value is not valid"]);
  });

  it("give the English form English labels, with the unit's own name kept as written", () => {
    const unit = "Sở Giao thông vận tải tỉnh Kiên Giang";
    const labels = interestFormLabels(enquiryTranslator("en"), unit);
    expect(labels.sent).toBe(
      `Your expression of interest has been sent to ${unit}. The unit will reply to the e-mail address you entered.`,
    );
    const texts = JSON.stringify({ ...labels, sent: labels.sent.replace(unit, "") });
    expect(texts).not.toMatch(VIETNAMESE_LETTER);
    expect(interestFormLabels(enquiryTranslator("en"), "").sent).toContain("the unit proposing the project");
    expect(interestFormLabels(enquiryTranslator("vi"), "").sent).toBe(
      "Đã gửi đăng ký quan tâm đến đơn vị đề xuất dự án. Đơn vị sẽ trả lời Ông/Bà qua email đã nhập.",
    );
  });

  it("count minutes in English", () => {
    const t = enquiryTranslator("en");
    expect(t("server.tooMany", { minutes: 1 })).toMatch(/in about 1 minute\.$/);
    expect(t("server.tooMany", { minutes: 12 })).toMatch(/in about 12 minutes\.$/);
    expect(enquiryTranslator("vi")("server.tooMany", { minutes: 12 })).toMatch(/thử lại sau khoảng 12 phút\.$/);
  });
});
