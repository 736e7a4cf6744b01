import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownProjectWhere } from "./own-project-where";

/**
 * Which projects a caller may read at all: the public sees published ones, a unit also its own,
 * the Editorial Board and admins everything but drafts.
 */
export function visibleProjectWhere(user: CurrentUser | null): Prisma.ProjectWhereInput {
  if (!user) return PUBLIC_PROJECT_WHERE;
  // The Editorial Board sees what was sent to it, never a unit's unsent draft.
  if (can(user.role, "review:decide") || can(user.role, "admin:manage")) return { status: { not: "DRAFT" } };
  return { OR: [PUBLIC_PROJECT_WHERE, ownProjectWhere(user)] };
}
