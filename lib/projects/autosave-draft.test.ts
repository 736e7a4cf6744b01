import { describe, expect, it } from "vitest";
import { autosaveDraft } from "./autosave-draft";
import { PROJECT_FORM_DEFAULTS, draftSchema } from "./project-form-schema";

const typing = {
  ...PROJECT_FORM_DEFAULTS,
  locationCodes: [],
  name: "Cảng cá Tắc Cậu",
  unitEmail: "sgtvt@",
  capitalTy: "1.250,5",
};

describe("autosaveDraft", () => {
  it("sends everything when the draft schema accepts it", () => {
    const values = { ...typing, unitEmail: "sgtvt@kiengiang.gov.vn" };
    expect(autosaveDraft(values)).toEqual({ values, skipped: [] });
  });

  it("leaves out a half-typed field, keeps the rest, and says why", () => {
    const draft = autosaveDraft({ ...typing, capitalTy: "12,34,5" });
    expect(draft.skipped).toEqual(["Email không hợp lệ", "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)"]);
    expect(draft.values).not.toHaveProperty("unitEmail");
    expect(draft.values).not.toHaveProperty("capitalTy");
    expect(draft.values).toMatchObject({ name: "Cảng cá Tắc Cậu" });
    // What is left is a draft the server accepts.
    expect(draftSchema.safeParse(draft.values).success).toBe(true);
  });
});
