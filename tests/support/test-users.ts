import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

/** A user row plus the CurrentUser the data layer receives for them, as a signed-in caller. */
export async function createTestUser(
  prisma: PrismaClient,
  id: string,
  role: Role,
  organizationId: string | null,
): Promise<CurrentUser> {
  const user: CurrentUser = { id, email: `${id}@test.local`, name: id, role, organizationId, organizationName: null };
  await prisma.user.create({ data: { id, email: user.email, name: id, role, organizationId, passwordHash: "không dùng" } });
  return user;
}
