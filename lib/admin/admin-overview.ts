import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/** The few numbers the admin's start page shows, and the latest admin changes. */
export async function adminOverview(admin: CurrentUser) {
  assertCan(admin, "admin:manage");
  const [organizations, activeUsers, pendingUsers, sectors, locations, forms, recentAdminEvents] = await Promise.all([
    db.organization.count({ where: { active: true } }),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: false, passwordHash: null } }),
    db.sector.count({ where: { active: true } }),
    db.location.count({ where: { active: true } }),
    db.investmentForm.count({ where: { active: true } }),
    db.auditEvent.findMany({
      where: { action: { startsWith: "admin." } },
      select: { id: true, action: true, comment: true, createdAt: true, actor: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 8,
    }),
  ]);
  return { organizations, activeUsers, pendingUsers, referenceEntries: sectors + locations + forms, recentAdminEvents };
}
