import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueNotice, noticeRecipients, subjectPart, type Notice } from "./notice-mail";

/** What was sent to the Editorial Board: a new call, one sent back after changes, or an edit of a published one. */
export type WaitingSubmission = "submission" | "resubmission" | "revision";

const WHAT_HAPPENED: Record<WaitingSubmission, (unit: string, name: string) => string> = {
  submission: (unit, name) => `${unit} vừa gửi hồ sơ dự án “${name}” để Ban Biên tập xem xét và công bố.`,
  resubmission: (unit, name) => `${unit} đã chỉnh sửa theo ý kiến của Ban Biên tập và gửi lại hồ sơ dự án “${name}”.`,
  revision: (unit, name) =>
    `${unit} vừa gửi bản cập nhật của dự án “${name}” đang công bố. Thông tin đang công bố vẫn hiển thị cho đến khi bản cập nhật được duyệt.`,
};

/**
 * Tells every active reviewer that a submission waits, inside the transaction that submitted it: the
 * mail exists if and only if the submission does.
 */
export async function notifyReviewWaiting(
  tx: Prisma.TransactionClient,
  input: { projectId: string; what: WaitingSubmission },
): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: input.projectId },
    select: { id: true, name: true, organization: { select: { name: true } } },
  });
  const name = project.name.trim() || "(chưa đặt tên)";
  const notice: Notice = {
    kind: "review.waiting",
    subject: `Hồ sơ chờ duyệt${input.what === "revision" ? " (bản cập nhật)" : ""}: ${subjectPart(name)}`,
    paragraphs: [WHAT_HAPPENED[input.what](project.organization.name, name)],
    links: [{ label: "Mở hồ sơ để duyệt", path: `/review/${project.id}` }],
  };
  await enqueueNotice(tx, await noticeRecipients(tx, "review.waiting", {}), notice);
}
