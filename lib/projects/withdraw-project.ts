import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { ownProjectWhere } from "./own-project-where";
import { OPEN_REVISION_STATUSES } from "./project-revision-status";

/** The unit closes its call: the project leaves the catalogue, and its page says the call is closed. */
export async function withdrawProject(
  user: CurrentUser,
  input: { projectId: string; version: number; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.project.updateMany({
      where: { AND: [{ id: input.projectId, status: "PUBLISHED", version: input.version }, ownProjectWhere(user)] },
      data: { status: "ARCHIVED", version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.project.findFirst({
        where: { AND: [{ id: input.projectId }, ownProjectWhere(user)] },
        select: { id: true },
      });
      if (!exists) throw new NotFoundError("Không tìm thấy dự án.");
      throw new ConflictError("Dự án vừa được thay đổi hoặc không còn được công bố. Hãy tải lại trang.");
    }
    // An edit still in progress dies with the call: nobody may approve it into an archived project.
    await tx.projectRevision.updateMany({
      where: { projectId: input.projectId, status: { in: [...OPEN_REVISION_STATUSES] } },
      data: { status: "ARCHIVED", version: { increment: 1 } },
    });
    await recordAuditEvent(
      {
        action: "project.withdraw",
        projectId: input.projectId,
        actorId: user.id,
        fromStatus: "PUBLISHED",
        toStatus: "ARCHIVED",
        comment: input.reason,
      },
      tx,
    );
  });
}
