import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./auth-options";
import { can, type Permission } from "./permissions";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
}

// next-auth's session cookie, "__Secure-" prefixed over HTTPS, split into ".0", ".1"… when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

function hasSessionCookie(jar: { getAll(): { name: string }[] }): boolean {
  return jar.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
}

/**
 * The signed-in user as the database knows them now. The JWT alone is not trusted: a user who was
 * deactivated, changed role or signed out everywhere (session version bumped) is treated as anonymous.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Most requests are anonymous visitors of public pages: without a session cookie there is no
  // session, and next-auth's full session handling (a large share of a small page's cost) is skipped.
  if (!hasSessionCookie(await cookies())) return null;
  const session = await getServerSession(authOptions);
  const claimed = session?.user;
  if (!claimed?.id) return null;
  const user = await db.user.findUnique({
    where: { id: claimed.id },
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
  if (!user || !user.active || user.sessionVersion !== claimed.sessionVersion || user.role !== claimed.role) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization?.name ?? null,
  };
});

/** For pages: anonymous visitors go to the sign-in page, users without the permission get a 404. */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) notFound();
  return user;
}
