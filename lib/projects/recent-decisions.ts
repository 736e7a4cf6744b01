import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { DAY_MS } from "@/lib/time/day";
import { ownProjectWhere } from "./own-project-where";

const NOTICE_DAYS = 30;

export const DECISION_NOTICES: Record<string, string> = {
  "review.approve": "đã được phê duyệt và công bố",
  "review.request-changes": "cần chỉnh sửa",
  "review.reject": "bị từ chối",
  "revision.approve": "bản cập nhật đã được phê duyệt",
  "revision.request-changes": "bản cập nhật cần chỉnh sửa",
  "revision.reject": "bản cập nhật bị từ chối",
};

/** The Editorial Board's decisions on the unit's projects in the last 30 days, newest first. */
export async function listRecentDecisions(user: CurrentUser, now = new Date()) {
  return db.auditEvent.findMany({
    where: {
      action: { in: Object.keys(DECISION_NOTICES) },
      createdAt: { gte: new Date(now.getTime() - NOTICE_DAYS * DAY_MS) },
      project: ownProjectWhere(user),
    },
    select: { id: true, action: true, comment: true, createdAt: true, project: { select: { id: true, name: true } } },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

export type RecentDecision = Awaited<ReturnType<typeof listRecentDecisions>>[number];
