import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let admin: CurrentUser;
let users: typeof import("./manage-users");
let organizations: typeof import("@/lib/organizations/manage-organizations");
let currentUserForClaims: typeof import("@/lib/auth/current-user").currentUserForClaims;
let complianceBoard: typeof import("@/lib/reports/quarterly-reports").complianceBoard;
let board: { id: string };

beforeAll(async () => {
  prisma = integration.prisma;
  board = await prisma.organization.create({ data: { code: "so-tttt", name: "Sở TT&TT", kind: "EDITORIAL" } });
  admin = await createTestUser(prisma, "quan-tri", "ADMIN", board.id);
  users = await import("./manage-users");
  organizations = await import("@/lib/organizations/manage-organizations");
  ({ currentUserForClaims } = await import("@/lib/auth/current-user"));
  ({ complianceBoard } = await import("@/lib/reports/quarterly-reports"));
});

/** The session a user would have now: what the cookie's claims would say at sign-in. */
async function session(id: string) {
  const row = await prisma.user.findUniqueOrThrow({ where: { id } });
  return { sub: row.id, role: row.role, sessionVersion: row.sessionVersion };
}

describe("units", () => {
  it("a new commune-level unit is on the quarterly board at once; a deactivated one is not", async () => {
    const created = await organizations.createOrganization(admin, {
      code: "ubnd-xa-hon-dat",
      name: "UBND xã Hòn Đất",
      kind: "COMMUNE",
      address: "Ấp Hòn Quéo, xã Hòn Đất",
      phone: "0297 3841 111",
      fax: "",
      email: "honđat@example.vn".replace("đ", "d"),
      website: "",
      contactName: "Lâm Văn Tư",
      contactTitle: "Chủ tịch UBND xã",
    });
    const period = { year: 2026, quarter: 4 as const };
    expect((await complianceBoard(admin, period)).map((row) => row.organization.code)).toContain(created.code);
    await organizations.setOrganizationActive(admin, { organizationId: created.id, active: false });
    expect((await complianceBoard(admin, period)).map((row) => row.organization.code)).not.toContain(created.code);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: { startsWith: "admin.organization." } } })).toBe(
      2,
    );
  });

  it("refuses a code that is taken, and keeps the code of an edited unit", async () => {
    await expect(
      organizations.createOrganization(admin, {
        code: "so-tttt",
        name: "Trùng",
        kind: "DEPARTMENT",
        address: "",
        phone: "",
        fax: "",
        email: "",
        website: "",
        contactName: "",
        contactTitle: "",
      }),
    ).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
  });

  it("deactivating a unit ends its accounts' sessions and links at once", async () => {
    const unit = await prisma.organization.create({
      data: { code: "ubnd-huyen-giai-the", name: "UBND huyện giải thể", kind: "DISTRICT" },
    });
    const staff = await createTestUser(prisma, "can-bo-huyen", "SUBMITTER", unit.id);
    await prisma.userToken.create({
      data: { userId: staff.id, purpose: "PASSWORD_RESET", tokenHash: "h1", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const claims = await session(staff.id);
    expect(await currentUserForClaims(claims)).not.toBeNull();
    const result = await organizations.setOrganizationActive(admin, { organizationId: unit.id, active: false });
    expect(result.usersDeactivated).toBe(1);
    expect(await currentUserForClaims(claims)).toBeNull();
    expect(await prisma.userToken.count({ where: { userId: staff.id, usedAt: null } })).toBe(0);
  });

  it("an admin cannot deactivate their own unit", async () => {
    await expect(organizations.setOrganizationActive(admin, { organizationId: board.id, active: false })).rejects.toThrow(
      /chính tài khoản/,
    );
  });
});

describe("accounts", () => {
  it("an invited account cannot sign in until it sets a password, and its mail holds the exact link", async () => {
    const unit = await prisma.organization.create({ data: { code: "so-tai-chinh", name: "Sở Tài chính", kind: "DEPARTMENT" } });
    const { id } = await users.inviteUser(admin, {
      email: "moi@so-tai-chinh.vn",
      name: "Người Mới",
      role: "SUBMITTER",
      organizationId: unit.id,
    });
    const row = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect([row.active, row.passwordHash]).toEqual([false, null]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: "moi@so-tai-chinh.vn", kind: "auth.invitation" } });
    expect(mail.subject).toMatch(/^Mời tham gia /);
    expect(mail.text).toContain("Sở Tài chính");
    expect(mail.text).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}\n/);
    expect(await prisma.auditEvent.count({ where: { action: "admin.user.invite", actorId: admin.id } })).toBe(1);
    await expect(
      users.inviteUser(admin, { email: "moi@so-tai-chinh.vn", name: "Lần hai", role: "SUBMITTER", organizationId: unit.id }),
    ).rejects.toMatchObject({
      fieldErrors: { email: [expect.any(String)] },
    });
    await expect(users.setUserActive(admin, { userId: id, active: true })).rejects.toThrow(/chưa đặt mật khẩu/);
  });

  it("a new role or unit takes effect at once: the old session ends", async () => {
    const unit = await prisma.organization.create({ data: { code: "so-xay-dung", name: "Sở Xây dựng", kind: "DEPARTMENT" } });
    const person = await createTestUser(prisma, "doi-vai-tro", "SUBMITTER", unit.id);
    const claims = await session(person.id);
    await users.updateUser(admin, { userId: person.id, name: person.name, role: "REVIEWER", organizationId: board.id });
    expect(await currentUserForClaims(claims)).toBeNull();
    expect(await currentUserForClaims(await session(person.id))).toMatchObject({ role: "REVIEWER", organizationId: board.id });
    // A name alone changes nothing about rights: the session goes on.
    const renamed = await session(person.id);
    await users.updateUser(admin, { userId: person.id, name: "Tên mới", role: "REVIEWER", organizationId: board.id });
    expect(await currentUserForClaims(renamed)).toMatchObject({ name: "Tên mới" });
  });

  it("deactivation signs the user out on the next request; reactivation needs a new sign-in", async () => {
    const person = await createTestUser(prisma, "bi-khoa", "REVIEWER", board.id);
    const claims = await session(person.id);
    await users.setUserActive(admin, { userId: person.id, active: false });
    expect(await currentUserForClaims(claims)).toBeNull();
    await users.setUserActive(admin, { userId: person.id, active: true });
    expect(await currentUserForClaims(claims)).toBeNull();
    expect(
      await prisma.auditEvent.findMany({
        where: { comment: person.email },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "admin.user.deactivate" }, { action: "admin.user.activate" }]);
  });

  it("an admin can neither demote nor lock themselves out", async () => {
    await expect(
      users.updateUser(admin, { userId: admin.id, name: admin.name, role: "SUBMITTER", organizationId: board.id }),
    ).rejects.toThrow(/chính mình/);
    await expect(users.setUserActive(admin, { userId: admin.id, active: false })).rejects.toThrow(/chính mình/);
  });

  it("lists by unit, role, status and last sign-in", async () => {
    // The reader itself refuses anyone but an admin, whatever page calls it.
    await expect(users.listUsers({ ...admin, role: "REVIEWER" }, { page: 1 })).rejects.toThrow("Bạn không có quyền");
    const never = await users.listUsers(admin, { signIn: "never", status: "pending", page: 1 });
    expect(never.users.map((user) => user.email)).toEqual(["moi@so-tai-chinh.vn"]);
    expect(never.users[0]).not.toHaveProperty("passwordHash");
    await prisma.user.update({ where: { id: admin.id }, data: { lastSignInAt: new Date() } });
    const recent = await users.listUsers(admin, { signIn: "recent", role: "ADMIN", organizationId: board.id, page: 1 });
    expect(recent.users.map((user) => user.id)).toEqual([admin.id]);
  });
});
