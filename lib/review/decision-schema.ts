import { z } from "zod";
import { removeInvisibleFormatting } from "@/lib/text/invisible-characters";

export const DECISIONS = ["approve", "request-changes", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  approve: "Phê duyệt",
  "request-changes": "Yêu cầu chỉnh sửa",
  reject: "Từ chối",
};

const COMMENT_MAX = 5000;

/** A reviewer's decision, shared by the decision form and the server action. */
export const decisionSchema = z
  .strictObject({
    projectId: z.string().min(1).max(64),
    // What the reviewer had on screen: the project's version and, for an edit of a published
    // project, the edit's own id and version. A decision applies only while these are current.
    version: z.number().int().min(1),
    revisionId: z.string().min(1).max(64).optional(),
    revisionVersion: z.number().int().min(1).optional(),
    decision: z.enum(DECISIONS, { error: "Chọn một quyết định" }),
    comment: z
      .string()
      .overwrite(removeInvisibleFormatting)
      .trim()
      .max(COMMENT_MAX, `Tối đa ${COMMENT_MAX.toLocaleString("vi-VN")} ký tự`),
  })
  .superRefine((value, ctx) => {
    if ((value.revisionId === undefined) !== (value.revisionVersion === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["revisionVersion"],
        message: "Thiếu phiên bản của bản cập nhật; hãy tải lại trang.",
      });
    }
    if (value.comment !== "") return;
    if (value.decision === "request-changes") {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Vui lòng ghi rõ nội dung cần chỉnh sửa" });
    } else if (value.decision === "reject") {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Vui lòng ghi rõ lý do từ chối" });
    }
  });

export type DecisionValues = z.output<typeof decisionSchema>;
