import { describe, expect, it } from "vitest";
import { reportDraftSchema, reportSchema } from "./report-schema";

const filled = {
  year: 2026,
  quarter: 4,
  newsPosted: "12",
  documentsPublished: "0",
  promotionItems: "3",
  difficulties: " Thiếu người ",
  proposals: "",
};

describe("report schemas", () => {
  it("reads typed figures as numbers and keeps a typed 0", () => {
    expect(reportSchema.parse(filled)).toMatchObject({
      newsPosted: 12,
      documentsPublished: 0,
      promotionItems: 3,
      difficulties: "Thiếu người",
    });
  });

  it("never turns an empty figure into 0: a draft keeps it empty, a submission asks for it", () => {
    const empty = { ...filled, newsPosted: "", documentsPublished: "  ", promotionItems: null };
    expect(reportDraftSchema.parse(empty)).toMatchObject({ newsPosted: null, documentsPublished: null, promotionItems: null });
    const result = reportSchema.safeParse(empty);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["newsPosted", "Vui lòng nhập số tin, bài đã đăng; nếu không có, hãy nhập 0"],
      ["documentsPublished", "Vui lòng nhập số văn bản đã công bố; nếu không có, hãy nhập 0"],
      ["promotionItems", "Vui lòng nhập số nội dung xúc tiến đầu tư; nếu không có, hãy nhập 0"],
    ]);
  });

  it("refuses negative, fractional and non-numeric figures in drafts too", () => {
    for (const [value, message] of [
      ["-1", "Số tin, bài đã đăng không được âm"],
      ["1.5", "Số tin, bài đã đăng phải là số nguyên"],
      ["abc", "Số tin, bài đã đăng phải là số"],
    ]) {
      expect(reportDraftSchema.safeParse({ ...filled, newsPosted: value }).error?.issues[0]?.message).toBe(message);
    }
  });

  it("refuses fields the form does not have", () => {
    expect(reportSchema.safeParse({ ...filled, status: "SUBMITTED" }).success).toBe(false);
  });
});

describe("the unit's written parts", () => {
  it("lose invisible formatting characters", () => {
    const parsed = reportDraftSchema.parse({
      year: 2026,
      quarter: 4,
      difficulties: "Thiếu\u202E kinh phí\u200B",
      proposals: "\uFEFFĐề xuất",
    });
    expect([parsed.difficulties, parsed.proposals]).toEqual(["Thiếu kinh phí", "Đề xuất"]);
  });
});
