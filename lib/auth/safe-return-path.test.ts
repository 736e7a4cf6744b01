import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/dashboard")).toBe("/dashboard");
    expect(safeReturnPath("/review?sector=giao-thong")).toBe("/review?sector=giao-thong");
  });

  it("drops other sites and junk", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/.//evil.example",
      "/%2e//evil.example",
      "/a/..//evil.example",
      "/%2e%2e//evil.example",
      "",
      undefined,
      ["/a"],
      "/" + "a".repeat(600),
    ]) {
      expect(safeReturnPath(value)).toBeUndefined();
    }
  });
});
