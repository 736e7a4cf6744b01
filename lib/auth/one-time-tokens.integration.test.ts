import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let tokens: typeof import("./one-time-tokens");
let flows: typeof import("./password-flows");
let verifyPassword: typeof import("./password").verifyPassword;

const HOUR = 60 * 60 * 1000;
const GOOD_PASSWORD = "cầu Tắc Cậu lúc bình minh";

beforeAll(async () => {
  prisma = integration.prisma;
  tokens = await import("./one-time-tokens");
  flows = await import("./password-flows");
  ({ verifyPassword } = await import("./password"));
});

async function user(email: string, fields: { active?: boolean; passwordHash?: string | null } = {}) {
  return prisma.user.create({
    data: {
      email,
      name: email.split("@")[0]!,
      role: "SUBMITTER",
      active: fields.active ?? true,
      passwordHash: fields.passwordHash === undefined ? "cũ" : fields.passwordHash,
    },
  });
}

const issue = (userId: string, purpose: "INVITATION" | "PASSWORD_RESET", now = new Date()) =>
  prisma.$transaction((tx) => tokens.issueToken(tx, userId, purpose, now));

describe("one-time tokens", () => {
  it("are 32 random bytes, and only their SHA-256 is stored", async () => {
    const { id } = await user("bam@test.local");
    const token = await issue(id, "PASSWORD_RESET");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await prisma.userToken.findMany({ where: { userId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("work once: a second use, even concurrent, gets nothing", async () => {
    const { id } = await user("mot-lan@test.local");
    const token = await issue(id, "PASSWORD_RESET");
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => prisma.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET"))),
    );
    const used = results.filter((result) => result.status === "fulfilled" && result.value === id);
    expect(used).toHaveLength(1);
    expect(await prisma.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET"))).toBeNull();
  });

  it("expire: 72 hours for an invitation, one hour for a reset", async () => {
    const { id } = await user("het-han@test.local", { active: false, passwordHash: null });
    const start = new Date();
    const invitation = await issue(id, "INVITATION", start);
    const reset = await issue(id, "PASSWORD_RESET", start);
    expect(await tokens.findTokenUser(prisma, reset, "PASSWORD_RESET", new Date(start.getTime() + HOUR - 1000))).not.toBeNull();
    expect(await tokens.findTokenUser(prisma, reset, "PASSWORD_RESET", new Date(start.getTime() + HOUR + 1000))).toBeNull();
    expect(await tokens.findTokenUser(prisma, invitation, "INVITATION", new Date(start.getTime() + 71 * HOUR))).not.toBeNull();
    const late = new Date(start.getTime() + 72 * HOUR + 1000);
    expect(await prisma.$transaction((tx) => tokens.consumeToken(tx, invitation, "INVITATION", late))).toBeNull();
  });

  it("serve only their purpose: an invitation link cannot reset, a reset link cannot activate", async () => {
    const { id } = await user("muc-dich@test.local");
    const reset = await issue(id, "PASSWORD_RESET");
    expect(await tokens.findTokenUser(prisma, reset, "INVITATION")).toBeNull();
    await expect(flows.setPasswordWithToken("INVITATION", { token: reset, password: GOOD_PASSWORD })).rejects.toThrow(
      flows.LINK_NOT_VALID_MESSAGE,
    );
    expect(await tokens.findTokenUser(prisma, reset, "PASSWORD_RESET")).not.toBeNull();
  });

  it("refuse anything that is not a token, without asking the database what it is", async () => {
    for (const bad of ["", "x", "' OR 1=1 --", "a".repeat(44)])
      expect(await tokens.findTokenUser(prisma, bad, "PASSWORD_RESET")).toBeNull();
  });

  it("stop working when a newer link of the same purpose is sent", async () => {
    const { id } = await user("moi-nhat@test.local");
    const older = await issue(id, "PASSWORD_RESET");
    const newer = await issue(id, "PASSWORD_RESET");
    expect(await tokens.findTokenUser(prisma, older, "PASSWORD_RESET")).toBeNull();
    expect(await tokens.findTokenUser(prisma, newer, "PASSWORD_RESET")).not.toBeNull();
  });
});

describe("setting a password through a link", () => {
  it("accepting an invitation sets the password, activates, ends other sessions and uses up the user's open invitations", async () => {
    const { id, sessionVersion } = await user("duoc-moi@test.local", { active: false, passwordHash: null });
    const token = await issue(id, "INVITATION");
    // A second open invitation (written directly, as an older one left over) is used up with it.
    await prisma.userToken.create({
      data: { userId: id, purpose: "INVITATION", tokenHash: "khac", expiresAt: new Date(Date.now() + HOUR) },
    });
    await flows.setPasswordWithToken("INVITATION", { token, password: GOOD_PASSWORD });
    const after = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(after.active).toBe(true);
    expect(after.sessionVersion).toBe(sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash!, GOOD_PASSWORD)).toBe(true);
    expect(await prisma.userToken.count({ where: { userId: id, purpose: "INVITATION", usedAt: null } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "auth.invitation.accepted", actorId: id } })).toBe(1);
    await expect(flows.setPasswordWithToken("INVITATION", { token, password: GOOD_PASSWORD })).rejects.toThrow(
      flows.LINK_NOT_VALID_MESSAGE,
    );
  });

  it("refuses common passwords and the user's own e-mail, and keeps the link usable", async () => {
    const { id } = await user("thanh.tam@test.local");
    const token = await issue(id, "PASSWORD_RESET");
    for (const password of ["password123", "AnhYeuEm", "12345678", "thanh.tam@test.local", "THANH.TAM"]) {
      await expect(flows.setPasswordWithToken("PASSWORD_RESET", { token, password }), password).rejects.toMatchObject({
        fieldErrors: { password: [expect.any(String)] },
      });
    }
    expect(await tokens.findTokenUser(prisma, token, "PASSWORD_RESET")).not.toBeNull();
  });

  it("does nothing with a reset link of a deactivated account", async () => {
    const { id } = await user("bi-khoa@test.local");
    const token = await issue(id, "PASSWORD_RESET");
    await prisma.user.update({ where: { id }, data: { active: false } });
    await expect(flows.setPasswordWithToken("PASSWORD_RESET", { token, password: GOOD_PASSWORD })).rejects.toThrow(
      flows.LINK_NOT_VALID_MESSAGE,
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
  });
});

describe("forgotten passwords", () => {
  it("mail a link to an active account only, with the exact link, and say nothing for other addresses", async () => {
    await user("co-that@test.local");
    await user("da-khoa@test.local", { active: false });
    await user("chua-kich-hoat@test.local", { active: false, passwordHash: null });
    for (const email of ["co-that@test.local", "da-khoa@test.local", "chua-kich-hoat@test.local", "khong-co@test.local"]) {
      await flows.requestPasswordReset(email);
    }
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "auth.password-reset" } });
    expect(mails.map((mail) => mail.to)).toEqual(["co-that@test.local"]);
    const link = /http:\/\/\S+\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mails[0]!.text);
    expect(link).not.toBeNull();
    expect(await tokens.findTokenUser(prisma, link![1]!, "PASSWORD_RESET")).toMatchObject({ email: "co-that@test.local" });
  });

  it("send no more than three reset mails an hour to one account", async () => {
    await user("hop-thu@test.local");
    for (let n = 0; n < 5; n += 1) await flows.requestPasswordReset("hop-thu@test.local");
    expect(await prisma.outboxMessage.count({ where: { to: "hop-thu@test.local" } })).toBe(flows.MAX_RESET_MAILS_PER_HOUR);
    expect(await prisma.auditEvent.count({ where: { action: "auth.password-reset.throttled" } })).toBe(2);
  });
});
