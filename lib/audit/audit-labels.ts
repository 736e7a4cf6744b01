/** The audit log's filter: kinds of action, by the prefix of their name. */
export const AUDIT_GROUPS = {
  auth: { label: "Đăng nhập, mật khẩu", prefixes: ["auth."] },
  denied: { label: "Bị từ chối quyền", prefixes: ["denied."] },
  project: { label: "Hồ sơ dự án", prefixes: ["project.", "attachment.", "revision.submit"] },
  review: { label: "Quyết định duyệt", prefixes: ["review.", "revision.approve", "revision.request-changes", "revision.reject"] },
  report: { label: "Báo cáo quý", prefixes: ["report."] },
  enquiry: { label: "Nhà đầu tư quan tâm", prefixes: ["enquiry."] },
  admin: { label: "Quản trị", prefixes: ["admin."] },
} as const;

export type AuditGroup = keyof typeof AUDIT_GROUPS;

const LABELS: Record<string, string> = {
  "auth.sign-in": "Đăng nhập",
  "auth.sign-in.failed": "Đăng nhập thất bại",
  "auth.sign-in.throttled": "Đăng nhập bị tạm chặn (sai nhiều lần)",
  "auth.sign-out": "Đăng xuất",
  "auth.password-reset.sent": "Gửi liên kết đặt lại mật khẩu",
  "auth.password-reset.throttled": "Yêu cầu đặt lại mật khẩu quá nhiều lần",
  "auth.password-reset.completed": "Đặt lại mật khẩu",
  "auth.invitation.accepted": "Kích hoạt tài khoản",
  "auth.password.changed": "Đổi mật khẩu",
  "project.create": "Tạo hồ sơ dự án",
  "project.submit": "Gửi duyệt hồ sơ",
  "project.confirm": "Xác nhận thông tin dự án còn đúng",
  "project.withdraw": "Rút dự án",
  "attachment.add": "Thêm tệp đính kèm",
  "attachment.remove": "Xóa tệp đính kèm",
  "attachment.visibility": "Đổi chế độ hiển thị tệp đính kèm",
  "enquiry.receive": "Nhận đăng ký quan tâm của nhà đầu tư",
  "enquiry.reply": "Trả lời nhà đầu tư",
  "enquiry.close": "Đóng yêu cầu của nhà đầu tư",
  "enquiry.reopen": "Mở lại yêu cầu của nhà đầu tư",
  "enquiry.delete": "Xóa yêu cầu của nhà đầu tư theo đề nghị",
  "revision.submit": "Gửi duyệt bản cập nhật",
  "review.approve": "Phê duyệt hồ sơ",
  "review.request-changes": "Yêu cầu chỉnh sửa hồ sơ",
  "review.reject": "Từ chối hồ sơ",
  "revision.approve": "Phê duyệt bản cập nhật",
  "revision.request-changes": "Yêu cầu chỉnh sửa bản cập nhật",
  "revision.reject": "Từ chối bản cập nhật",
  "report.submit": "Gửi báo cáo quý",
  "admin.organization.create": "Thêm đơn vị",
  "admin.organization.update": "Sửa thông tin đơn vị",
  "admin.organization.deactivate": "Ngừng hoạt động đơn vị",
  "admin.organization.activate": "Hoạt động lại đơn vị",
  "admin.user.invite": "Mời người dùng",
  "admin.user.reinvite": "Gửi lại lời mời",
  "admin.user.update": "Sửa tài khoản",
  "admin.user.deactivate": "Khóa tài khoản",
  "admin.user.activate": "Mở khóa tài khoản",
  "admin.reference.add": "Thêm mục danh mục",
  "admin.reference.rename": "Đổi tên mục danh mục",
  "admin.reference.move": "Đổi thứ tự danh mục",
  "admin.reference.retire": "Ngừng dùng mục danh mục",
  "admin.reference.restore": "Dùng lại mục danh mục",
  "admin.reference.merge": "Gộp mục danh mục",
  "admin.settings.update": "Sửa cấu hình cổng",
};

/** What an action name means, in words; a name without a label (a denial, a new action) is shown as it is. */
export function auditActionLabel(action: string): string {
  if (action.startsWith("denied.")) return `Bị từ chối quyền (${action.slice("denied.".length)})`;
  return LABELS[action] ?? action;
}
