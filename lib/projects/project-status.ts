import type { ProjectStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  DRAFT: "Nháp",
  SUBMITTED: "Chờ duyệt",
  CHANGES_REQUESTED: "Cần chỉnh sửa",
  PUBLISHED: "Đã công bố",
  REJECTED: "Từ chối",
  ARCHIVED: "Lưu trữ",
};

/** States in which the owning unit may still change the project call. */
export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED"] as const satisfies readonly ProjectStatus[];

export function isEditable(status: ProjectStatus): boolean {
  return (EDITABLE_STATUSES as readonly ProjectStatus[]).includes(status);
}
