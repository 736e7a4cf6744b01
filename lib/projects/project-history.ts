import "server-only";
import { db } from "@/lib/db/client";

/**
 * The state changes of one project (who, when, from, to, comment) for its unit and the Editorial
 * Board. The public never sees it: callers check who is asking before calling this.
 */
export async function getProjectHistory(projectId: string) {
  return db.auditEvent.findMany({
    where: { projectId, toStatus: { not: null } },
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
