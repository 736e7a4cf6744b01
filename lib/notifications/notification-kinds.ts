import { can, ROLE_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The mail a user may turn off at /account/notifications, each an outbox `kind`. Mail that lets a
// person into their account (invitations, password resets) is essential: it has no entry here, is
// never filtered, and the page says it cannot be turned off.

export const NOTIFICATION_KINDS = ["review.waiting", "review.decided", "report.deadline", "project.stale-digest"] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationKindInfo {
  label: string;
  description: string;
  /** Who receives this kind: users whose role has the permission. */
  permission: Permission;
}

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, NotificationKindInfo> = {
  "review.waiting": {
    label: "Hồ sơ chờ duyệt",
    description:
      "Khi một đơn vị gửi hồ sơ dự án mới, gửi lại hồ sơ sau khi chỉnh sửa, hoặc gửi bản cập nhật của dự án đang công bố.",
    permission: "review:decide",
  },
  "review.decided": {
    label: "Kết quả duyệt hồ sơ",
    description: "Khi Ban Biên tập phê duyệt, yêu cầu chỉnh sửa hoặc từ chối hồ sơ mà bạn đã gửi.",
    permission: "project:file",
  },
  "report.deadline": {
    label: "Nhắc hạn báo cáo quý",
    description: "10 ngày và 3 ngày trước hạn gửi báo cáo quý (ngày 15 tháng cuối quý), nếu đơn vị chưa gửi.",
    permission: "report:file",
  },
  "project.stale-digest": {
    label: "Tổng hợp hằng tháng dự án cần cập nhật",
    description: "Mỗi tháng một thư liệt kê các dự án của đơn vị đã lâu chưa được xác nhận hoặc cập nhật thông tin.",
    permission: "project:file",
  },
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The roles whose users may receive a kind. */
export function rolesFor(kind: NotificationKind): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => can(role, NOTIFICATION_KIND_INFO[kind].permission));
}

/** The kinds a user of this role can receive, in the order the settings page lists them. */
export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => can(role, NOTIFICATION_KIND_INFO[kind].permission));
}
