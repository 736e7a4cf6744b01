import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { changedFields } from "@/lib/audit/changed-fields";
import type { CurrentUser } from "@/lib/auth/current-user";
import { revokeTokens } from "@/lib/auth/one-time-tokens";
import { issueInvitation, issuePasswordReset } from "@/lib/auth/password-flows";
import { ROLE_LABELS, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DAY_MS } from "@/lib/time/day";
import type { z } from "zod";
import type { inviteUserSchema, SignInFilter, updateUserSchema, UserStatus } from "./user-schema";

export const USERS_PAGE_SIZE = 50;

const EMAIL_TAKEN = "Email này đã có tài khoản; mở tài khoản đó để gửi lại lời mời hoặc liên kết đặt lại mật khẩu";

export interface UserFilters {
  organizationId?: string;
  role?: Role;
  status?: UserStatus;
  signIn?: SignInFilter;
  page: number;
}

function usersWhere(filters: UserFilters, now: Date): Prisma.UserWhereInput {
  const status: Record<UserStatus, Prisma.UserWhereInput> = {
    active: { active: true },
    pending: { active: false, passwordHash: null },
    inactive: { active: false, passwordHash: { not: null } },
  };
  const signIn: Record<SignInFilter, Prisma.UserWhereInput> = {
    never: { lastSignInAt: null },
    recent: { lastSignInAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } },
    "over-90": { OR: [{ lastSignInAt: null }, { lastSignInAt: { lt: new Date(now.getTime() - 90 * DAY_MS) } }] },
  };
  return {
    AND: [
      filters.organizationId ? { organizationId: filters.organizationId } : {},
      filters.role ? { role: filters.role } : {},
      filters.status ? status[filters.status] : {},
      filters.signIn ? signIn[filters.signIn] : {},
    ],
  };
}

/** One page of accounts for the admin's list, by name. */
export async function listUsers(admin: CurrentUser, filters: UserFilters, now = new Date()) {
  assertCan(admin, "admin:manage");
  const where = usersWhere(filters, now);
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        passwordHash: true,
        lastSignInAt: true,
        organization: { select: { name: true, code: true } },
      },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  // The hash itself never leaves this module; the list only needs to know whether there is one.
  const users = rows.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
  return { users, total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function getUserForAdmin(admin: CurrentUser, id: string) {
  assertCan(admin, "admin:manage");
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      passwordHash: true,
      lastSignInAt: true,
      createdAt: true,
      organizationId: true,
      organization: { select: { name: true, code: true, active: true } },
      tokens: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { purpose: true, expiresAt: true },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}

async function activeOrganization(tx: Prisma.TransactionClient, organizationId: string | null) {
  if (!organizationId) return null;
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true, active: true },
  });
  if (!organization?.active) {
    throw new InvalidInputError("Đơn vị không còn hoạt động.", { organizationId: ["Chọn một đơn vị đang hoạt động"] });
  }
  return organization;
}

/**
 * Creates an account that cannot sign in until its owner sets a password through the link mailed to
 * them (valid 72 hours). The mail is written in the same transaction as the account.
 */
export async function inviteUser(admin: CurrentUser, input: z.output<typeof inviteUserSchema>) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new InvalidInputError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  try {
    return await db.$transaction(async (tx) => {
      const organization = await activeOrganization(tx, input.organizationId);
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          organizationId: organization?.id ?? null,
          active: false,
          passwordHash: null,
        },
        select: { id: true, email: true, name: true },
      });
      await issueInvitation(tx, { ...user, organizationName: organization?.name ?? null });
      await recordAuditEvent(
        {
          action: "admin.user.invite",
          actorId: admin.id,
          comment: `${user.email} – ${ROLE_LABELS[input.role]}${organization ? `, ${organization.name}` : ""}`,
        },
        tx,
      );
      return { id: user.id };
    });
  } catch (error) {
    // Two admins inviting the same address at once: the unique index decides, the second hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new InvalidInputError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}

/** A new invitation link for an account whose owner has not set a password yet; the old link stops working. */
export async function resendInvitation(admin: CurrentUser, userId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, active: true, passwordHash: true, organization: { select: { name: true } } },
    });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (user.passwordHash !== null)
      throw new ConflictError("Tài khoản đã được kích hoạt; hãy gửi liên kết đặt lại mật khẩu nếu cần.");
    await issueInvitation(tx, { ...user, organizationName: user.organization?.name ?? null });
    await recordAuditEvent({ action: "admin.user.reinvite", actorId: admin.id, comment: user.email }, tx);
    return { id: user.id };
  });
}

/** A reset link sent by the admin to an active account (e.g. a user who cannot find the form). */
export async function sendPasswordReset(admin: CurrentUser, userId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, active: true, passwordHash: true },
    });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (!user.active || user.passwordHash === null) {
      throw new ConflictError("Chỉ gửi được liên kết đặt lại mật khẩu cho tài khoản đang hoạt động.");
    }
    await issuePasswordReset(tx, user, admin.id);
    return { id: user.id };
  });
}

/**
 * Name, role and unit. A new role or unit takes effect at once: the session version moves, so the user
 * signs in again and gets exactly the new rights. An admin cannot change their own role.
 */
export async function updateUser(admin: CurrentUser, input: z.output<typeof updateUserSchema>) {
  const { userId, ...details } = input;
  if (userId === admin.id && details.role !== admin.role) {
    throw new ConflictError("Không thể tự đổi vai trò của chính mình; hãy nhờ một quản trị khác.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, role: true, organizationId: true },
    });
    if (!before) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (details.organizationId !== before.organizationId) await activeOrganization(tx, details.organizationId);
    const changes = changedFields(before, details);
    if (Object.keys(changes).length === 0) return { id: userId };
    const rightsChanged = "role" in changes || "organizationId" in changes;
    await tx.user.update({
      where: { id: userId },
      data: { ...details, ...(rightsChanged ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAuditEvent(
      { action: "admin.user.update", actorId: admin.id, comment: before.email, snapshot: { changes } as Prisma.InputJsonValue },
      tx,
    );
    return { id: userId };
  });
}

/**
 * Deactivation ends the user's sessions at once (the session version moves) and every open link.
 * Reactivation needs a password already set; an invited user who never set one gets a new invitation.
 */
export async function setUserActive(admin: CurrentUser, input: { userId: string; active: boolean }) {
  if (input.userId === admin.id && !input.active) throw new ConflictError("Không thể tự khóa tài khoản của chính mình.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, active: true, passwordHash: true, organization: { select: { active: true } } },
    });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (user.active === input.active) return { id: user.id };
    if (input.active && user.passwordHash === null) throw new ConflictError("Tài khoản chưa đặt mật khẩu: hãy gửi lại lời mời.");
    if (input.active && user.organization && !user.organization.active) {
      throw new ConflictError("Đơn vị của tài khoản đã ngừng hoạt động: hãy chuyển tài khoản sang đơn vị khác trước.");
    }
    if (!input.active) await revokeTokens(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { active: input.active, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(
      { action: input.active ? "admin.user.activate" : "admin.user.deactivate", actorId: admin.id, comment: user.email },
      tx,
    );
    return { id: user.id };
  });
}
