import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The projects a submitter may see and change: their own organisation's. Every submitter query
 * starts from this, so a user without an organisation, or a forged id, matches nothing.
 */
export function ownProjectWhere(user: Pick<CurrentUser, "organizationId">): Prisma.ProjectWhereInput {
  return { organizationId: user.organizationId ?? "__no-organization__" };
}
