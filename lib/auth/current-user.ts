import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";
import { readSessionClaims, type SessionClaims } from "./session-cookie";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
}

/**
 * The user a session's claims name, as the database knows them now; null if the claims no longer
 * hold. The signed token alone is not trusted: a user who was deactivated, changed role or signed out
 * everywhere (session version bumped) is treated as anonymous from the next request on.
 */
export async function currentUserForClaims(claims: SessionClaims): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      sessionVersion: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion || user.role !== claims.role) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization?.name ?? null,
  };
}

/**
 * The signed-in user of this request. Most requests are anonymous visitors of public pages: without
 * a session cookie nothing is decoded and the database is not asked.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSessionClaims(await cookies());
  return claims ? currentUserForClaims(claims) : null;
});

/**
 * For pages: anonymous visitors go to the sign-in page; a signed-in user whose role lacks the
 * permission gets a 403 page that says so and points to their own start page (app/forbidden.tsx).
 */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}
