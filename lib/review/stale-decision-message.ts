import "server-only";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/date";

// What each step of the lifecycle did, as the end of "<who> đã …".
const WHAT_HAPPENED: Record<string, string> = {
  "review.approve": "phê duyệt hồ sơ",
  "review.request-changes": "yêu cầu đơn vị chỉnh sửa hồ sơ",
  "review.reject": "từ chối hồ sơ",
  "project.submit": "gửi hồ sơ với nội dung mới",
  "project.withdraw": "rút lời kêu gọi đầu tư (dự án đã chuyển sang lưu trữ)",
  "project.confirm": "xác nhận thông tin dự án còn hiệu lực",
  "revision.submit": "gửi bản cập nhật với nội dung mới",
  "revision.approve": "phê duyệt bản cập nhật",
  "revision.request-changes": "yêu cầu đơn vị chỉnh sửa bản cập nhật",
  "revision.reject": "từ chối bản cập nhật",
};

/**
 * Why a decision was refused, naming what changed after the reviewer opened the page: the newest
 * lifecycle step on the project, who took it and when. The reviewer must reload and look again, so a
 * decision never applies to text they have not seen.
 */
export async function staleDecisionMessage(projectId: string): Promise<string> {
  const last = await db.auditEvent.findFirst({
    where: { projectId, action: { in: Object.keys(WHAT_HAPPENED) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, createdAt: true, actor: { select: { name: true, organization: { select: { name: true } } } } },
  });
  const tail = "Quyết định của bạn chưa được ghi nhận; hãy tải lại trang để xem nội dung hiện tại trước khi quyết định.";
  if (!last) return `Hồ sơ vừa được thay đổi sau khi bạn mở trang. ${tail}`;
  const who = last.actor
    ? `${last.actor.name}${last.actor.organization ? ` (${last.actor.organization.name})` : ""}`
    : "Người khác";
  return `Hồ sơ đã thay đổi sau khi bạn mở trang: ${who} đã ${WHAT_HAPPENED[last.action]} lúc ${formatDateTime(last.createdAt)}. ${tail}`;
}
