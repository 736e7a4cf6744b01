import "server-only";
import { db } from "@/lib/db/client";

/**
 * The state changes of one project (who, when, from, to, comment) for its unit and the Editorial
 * Board. The public never sees it: callers check who is asking before calling this.
 */
export async function getProjectHistory(projectId: string) {
  return db.auditEvent.findMany({
    where: { projectId, OR: [{ toStatus: { not: null } }, { action: { startsWith: "revision." } }] },
    select: {
      id: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      comment: true,
      createdAt: true,
      actor: { select: { name: true, organization: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
}

export type ProjectHistory = Awaited<ReturnType<typeof getProjectHistory>>;

/** Steps of a published project's revision, which leave the project's own status alone. */
export const REVISION_ACTION_LABELS: Record<string, string> = {
  "revision.submit": "Gửi bản cập nhật",
  "revision.approve": "Bản cập nhật được phê duyệt",
  "revision.request-changes": "Bản cập nhật cần chỉnh sửa",
  "revision.reject": "Bản cập nhật bị từ chối",
};
