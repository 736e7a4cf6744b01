import { describe, expect, it } from "vitest";
import { productionSettingsProblems } from "./server-settings";

const SECRET = "x".repeat(44);

describe("productionSettingsProblems", () => {
  it("accepts an https address and a long secret", () => {
    expect(productionSettingsProblems({ NEXTAUTH_URL: "https://dautu.kiengiang.gov.vn", NEXTAUTH_SECRET: SECRET })).toEqual([]);
  });

  it("names each missing or unsafe setting", () => {
    const problems = productionSettingsProblems({ NEXTAUTH_URL: "http://dautu.kiengiang.gov.vn", NEXTAUTH_SECRET: "ngan" });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("NEXTAUTH_SECRET quá ngắn (4 ký tự");
    expect(problems[1]).toContain("không phải địa chỉ https://");
    expect(productionSettingsProblems({})).toEqual([
      expect.stringContaining("NEXTAUTH_SECRET chưa được đặt"),
      expect.stringContaining("NEXTAUTH_URL chưa được đặt"),
    ]);
  });
});
