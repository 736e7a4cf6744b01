import { describe, expect, it } from "vitest";
import { pageDescription } from "./page-description";

describe("pageDescription", () => {
  it("keeps short text and cuts long text at a word, within the length", () => {
    expect(pageDescription("  Cảng cá\n Tắc Cậu  ")).toBe("Cảng cá Tắc Cậu");
    const cut = pageDescription("Đầu tư xây dựng cảng cá hiện đại phục vụ tàu khai thác xa bờ ".repeat(5), 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/^Đầu tư xây dựng cảng cá hiện đại [^…]*\S…$/);
  });
});
