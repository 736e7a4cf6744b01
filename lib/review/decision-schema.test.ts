import { describe, expect, it } from "vitest";
import { decisionSchema } from "./decision-schema";

const base = { projectId: "p1", version: 3 };

describe("decisionSchema", () => {
  it("approves without a comment", () => {
    expect(decisionSchema.parse({ ...base, decision: "approve", comment: "  " })).toEqual({
      ...base,
      decision: "approve",
      comment: "",
    });
  });

  it("requires a comment to ask for changes and a reason to reject", () => {
    const changes = decisionSchema.safeParse({ ...base, decision: "request-changes", comment: "" });
    expect(changes.error?.issues.map((issue) => issue.message)).toEqual(["Vui lòng ghi rõ nội dung cần chỉnh sửa"]);
    const reject = decisionSchema.safeParse({ ...base, decision: "reject", comment: " " });
    expect(reject.error?.issues.map((issue) => issue.message)).toEqual(["Vui lòng ghi rõ lý do từ chối"]);
    expect(decisionSchema.safeParse({ ...base, decision: "reject", comment: "Trùng dự án đã công bố" }).success).toBe(true);
  });

  it("refuses unknown decisions, server-owned fields and overlong comments", () => {
    expect(decisionSchema.safeParse({ ...base, decision: "publish", comment: "" }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, decision: "approve", comment: "", status: "PUBLISHED" }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, decision: "reject", comment: "x".repeat(5001) }).success).toBe(false);
  });
});

describe("decisionSchema text", () => {
  it("removes invisible formatting characters from the comment", () => {
    const parsed = decisionSchema.parse({ ...base, decision: "reject", comment: "Trùng\u202E dự án\u200B" });
    expect(parsed.comment).toBe("Trùng dự án");
    expect(decisionSchema.safeParse({ ...base, decision: "reject", comment: "\u200B\uFEFF" }).success).toBe(false);
  });
});
