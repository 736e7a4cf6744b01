import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownProjectWhere } from "./own-project-where";

/** Whose history a user may read: the unit its own projects', the Editorial Board and admins what was sent to them. */
function historyProjectWhere(user: CurrentUser): Prisma.ProjectWhereInput {
  if (can(user.role, "review:decide") || can(user.role, "admin:manage")) return { status: { not: "DRAFT" } };
  if (can(user.role, "project:file")) return ownProjectWhere(user);
  return { id: "__none__" };
}

/**
 * The state changes of one project (who, when, from, to, comment) for its unit and the Editorial
 * Board; empty for anyone else, and never for the public.
 */
export async function getProjectHistory(user: CurrentUser, projectId: string) {
  return db.auditEvent.findMany({
    where: {
      projectId,
      project: historyProjectWhere(user),
      OR: [{ toStatus: { not: null } }, { action: { startsWith: "revision." } }],
    },
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
