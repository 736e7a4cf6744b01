import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { changedFields } from "@/lib/audit/changed-fields";
import type { CurrentUser } from "@/lib/auth/current-user";
import { revokeTokens } from "@/lib/auth/one-time-tokens";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { z } from "zod";
import type { createOrganizationSchema, updateOrganizationSchema } from "./organization-schema";

const CODE_TAKEN = "Mã này đã được dùng cho một đơn vị khác";

export interface OrganizationFilters {
  kind?: OrganizationKind;
  active?: boolean;
}

/** Every unit for the admin's list, active first, with how many active accounts each has. */
export async function listOrganizations(admin: CurrentUser, filters: OrganizationFilters = {}) {
  assertCan(admin, "admin:manage");
  return db.organization.findMany({
    where: { kind: filters.kind, active: filters.active },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      email: true,
      phone: true,
      active: true,
      _count: { select: { users: { where: { active: true } }, projects: true } },
    },
    orderBy: [{ active: "desc" }, { kind: "asc" }, { name: "asc" }],
  });
}

/** Active units for pickers (inviting a user, moving one): a deactivated unit takes no one new. */
export function activeOrganizationOptions(admin: CurrentUser) {
  assertCan(admin, "admin:manage");
  return db.organization.findMany({
    where: { active: true },
    select: { id: true, name: true, kind: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}

export function getOrganizationByCode(admin: CurrentUser, code: string) {
  assertCan(admin, "admin:manage");
  return db.organization.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      address: true,
      phone: true,
      fax: true,
      email: true,
      website: true,
      contactName: true,
      contactTitle: true,
      active: true,
      createdAt: true,
      users: { where: { active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } },
    },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createOrganization(admin: CurrentUser, input: z.output<typeof createOrganizationSchema>) {
  if (await db.organization.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw new InvalidInputError(CODE_TAKEN, { code: [CODE_TAKEN] });
  }
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.organization.create({ data: input, select: { id: true, code: true } });
      await recordAuditEvent(
        { action: "admin.organization.create", actorId: admin.id, comment: `${input.code}: ${input.name}` },
        tx,
      );
      return created;
    });
  } catch (error) {
    // Two admins creating the same code at once: the database's unique index decides.
    if (isUniqueViolation(error)) throw new InvalidInputError(CODE_TAKEN, { code: [CODE_TAKEN] });
    throw error;
  }
}

/** New details apply to new project calls; calls already filed keep their own snapshot of section I. */
export async function updateOrganization(admin: CurrentUser, input: z.output<typeof updateOrganizationSchema>) {
  const { organizationId, ...details } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!before) throw new NotFoundError("Không tìm thấy đơn vị.");
    const changes = changedFields(before, details);
    if (Object.keys(changes).length === 0) return { code: before.code };
    await tx.organization.update({ where: { id: organizationId }, data: details });
    await recordAuditEvent(
      {
        action: "admin.organization.update",
        actorId: admin.id,
        comment: `${before.code}: ${details.name}`,
        snapshot: { changes } as Prisma.InputJsonValue,
      },
      tx,
    );
    return { code: before.code };
  });
}

/**
 * Deactivating a unit (merged or dissolved) ends its accounts at once: they are deactivated with it
 * and their sessions and open links stop working. Its projects stay, published ones public. Reactivating
 * a unit does not reactivate its accounts: the admin decides who comes back.
 */
export async function setOrganizationActive(admin: CurrentUser, input: { organizationId: string; active: boolean }) {
  if (!input.active && admin.organizationId === input.organizationId) {
    throw new ConflictError("Không thể ngừng hoạt động đơn vị của chính tài khoản đang thao tác.");
  }
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, code: true, name: true, active: true },
    });
    if (!organization) throw new NotFoundError("Không tìm thấy đơn vị.");
    if (organization.active === input.active) return { code: organization.code, usersDeactivated: 0 };
    await tx.organization.update({ where: { id: organization.id }, data: { active: input.active } });
    let usersDeactivated = 0;
    if (!input.active) {
      // Invited users who have not set a password yet are inactive already, but their links must die too.
      const users = await tx.user.findMany({ where: { organizationId: organization.id }, select: { id: true } });
      for (const user of users) await revokeTokens(tx, user.id);
      usersDeactivated = (
        await tx.user.updateMany({
          where: { organizationId: organization.id, active: true },
          data: { active: false, sessionVersion: { increment: 1 } },
        })
      ).count;
    }
    await recordAuditEvent(
      {
        action: input.active ? "admin.organization.activate" : "admin.organization.deactivate",
        actorId: admin.id,
        comment: `${organization.code}: ${organization.name}${usersDeactivated ? ` (khóa ${usersDeactivated} tài khoản)` : ""}`,
      },
      tx,
    );
    return { code: organization.code, usersDeactivated };
  });
}
