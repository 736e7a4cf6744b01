import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { projectFreshness, staleProjectWhere } from "./freshness";
import { ownProjectWhere } from "./own-project-where";

/**
 * "Xác nhận còn hiệu lực": the unit says a published project is still accurate. Nothing changes
 * but the confirmation date, so no review is needed.
 */
export async function confirmProjectCurrent(user: CurrentUser, input: { projectId: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.project.updateMany({
      where: { AND: [{ id: input.projectId, status: "PUBLISHED", version: input.version }, ownProjectWhere(user)] },
      data: { lastConfirmedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.project.findFirst({
        where: { AND: [{ id: input.projectId }, ownProjectWhere(user)] },
        select: { id: true },
      });
      if (!exists) throw new NotFoundError("Không tìm thấy dự án.");
      throw new ConflictError("Dự án vừa được thay đổi hoặc không còn được công bố. Hãy tải lại trang.");
    }
    await recordAuditEvent({ action: "project.confirm", projectId: input.projectId, actorId: user.id }, tx);
  });
}

/** The unit's published projects the public sees as out of date, oldest confirmation first. */
export async function listStaleProjects(user: CurrentUser, now = new Date(), periodDays?: number) {
  const projects = await db.project.findMany({
    where: { AND: [ownProjectWhere(user), staleProjectWhere(now, periodDays)] },
    select: { id: true, name: true, slug: true, version: true, lastConfirmedAt: true, publishedAt: true },
  });
  // Sorted here: the date may come from either column, and the databases order nulls differently.
  return projects
    .map((project) => ({ ...project, confirmedAt: projectFreshness(project, now, periodDays).confirmedAt! }))
    .sort((a, b) => a.confirmedAt.getTime() - b.confirmedAt.getTime() || a.id.localeCompare(b.id));
}

export type StaleProject = Awaited<ReturnType<typeof listStaleProjects>>[number];
