import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Decision } from "@/lib/review/decision-schema";
import { enqueueNotice, noticeRecipients, subjectPart, type Notice } from "./notice-mail";

interface DecisionInput {
  projectId: string;
  decision: Decision;
  comment: string;
  /** A decision on an edit of a published project, not on the project call itself. */
  revision: boolean;
}

function decisionNotice(input: DecisionInput, project: { id: string; name: string; slug: string | null }): Notice {
  const name = project.name.trim() || "(chưa đặt tên)";
  const subject = subjectPart(name);
  const comment = input.comment.trim();
  const ownPage = `/dashboard/projects/${project.id}`;
  switch (input.decision) {
    case "approve":
      return {
        kind: "review.decided",
        subject: input.revision ? `Bản cập nhật đã được duyệt: ${subject}` : `Dự án đã được công bố: ${subject}`,
        paragraphs: [
          input.revision
            ? `Ban Biên tập đã duyệt bản cập nhật của dự án “${name}”. Thông tin mới đã hiển thị trên trang dự án.`
            : `Ban Biên tập đã phê duyệt hồ sơ dự án “${name}”. Dự án đã được công bố trên cổng thông tin.`,
          ...(comment ? [`Ý kiến của Ban Biên tập: “${comment}”`] : []),
        ],
        links: [
          project.slug
            ? { label: "Xem trang công khai của dự án", path: `/projects/${project.slug}` }
            : { label: "Xem hồ sơ", path: ownPage },
        ],
      };
    case "request-changes":
      return {
        kind: "review.decided",
        subject: input.revision ? `Bản cập nhật cần chỉnh sửa: ${subject}` : `Hồ sơ cần chỉnh sửa: ${subject}`,
        paragraphs: [
          input.revision
            ? `Ban Biên tập đề nghị chỉnh sửa bản cập nhật của dự án “${name}” trước khi duyệt. Thông tin đang công bố vẫn được giữ nguyên.`
            : `Ban Biên tập đề nghị chỉnh sửa hồ sơ dự án “${name}” trước khi công bố.`,
          ...(comment ? [`Ý kiến của Ban Biên tập: “${comment}”`] : []),
          "Sau khi chỉnh sửa, xin vui lòng gửi lại để Ban Biên tập xem xét.",
        ],
        links: [{ label: "Xem ý kiến và chỉnh sửa hồ sơ", path: ownPage }],
      };
    case "reject":
      return {
        kind: "review.decided",
        subject: input.revision ? `Bản cập nhật không được duyệt: ${subject}` : `Hồ sơ không được duyệt: ${subject}`,
        paragraphs: [
          input.revision
            ? `Ban Biên tập không duyệt bản cập nhật của dự án “${name}”. Thông tin đang công bố vẫn được giữ nguyên.`
            : `Ban Biên tập không duyệt hồ sơ dự án “${name}”.`,
          ...(comment ? [`Lý do: “${comment}”`] : []),
        ],
        links: [{ label: "Xem hồ sơ", path: ownPage }],
      };
  }
}

/**
 * Tells the person who submitted (the last "submit" in the project's trail) what the Editorial Board
 * decided, inside the decision's transaction: a decision that loses a race sends nothing.
 */
export async function notifyReviewDecision(tx: Prisma.TransactionClient, input: DecisionInput): Promise<void> {
  const submitted = await tx.auditEvent.findFirst({
    where: { projectId: input.projectId, action: input.revision ? "revision.submit" : "project.submit", actorId: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  if (!submitted?.actorId) return;
  const project = await tx.project.findUniqueOrThrow({
    where: { id: input.projectId },
    select: { id: true, name: true, slug: true },
  });
  const filer = await noticeRecipients(tx, "review.decided", { id: submitted.actorId });
  await enqueueNotice(tx, filer, decisionNotice(input, project));
}
