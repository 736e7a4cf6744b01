import { beforeAll, describe, expect, it } from "vitest";
import { findTokenUser } from "@/lib/auth/one-time-tokens";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let createAdmin: typeof import("./admin-create").createAdmin;

beforeAll(async () => {
  prisma = integration.prisma;
  ({ createAdmin } = await import("./admin-create"));
});

const tokenOf = (link: string) => /\/invitation\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? "";

describe("npm run admin:create", () => {
  it("creates an admin who cannot sign in until the printed link is used", async () => {
    const result = await createAdmin({ email: "quan-tri@so.gov.vn", name: "Quản trị đầu tiên" });
    expect(result.created).toBe(true);
    expect(result.link).toMatch(/^http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]{43}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "quan-tri@so.gov.vn" } });
    expect([user.role, user.active, user.passwordHash, user.name]).toEqual(["ADMIN", false, null, "Quản trị đầu tiên"]);
    expect(await findTokenUser(prisma, tokenOf(result.link), "INVITATION")).toMatchObject({ id: user.id });
  });

  it("makes an existing account an admin, ends its sessions, and replaces its earlier link", async () => {
    const first = await createAdmin({ email: "quan-tri@so.gov.vn" });
    const existing = await prisma.user.create({
      data: { email: "can-bo@so.gov.vn", name: "Cán bộ", role: "SUBMITTER", passwordHash: "x" },
    });
    const result = await createAdmin({ email: "can-bo@so.gov.vn" });
    expect(result.created).toBe(false);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect([after.role, after.name, after.sessionVersion]).toEqual(["ADMIN", "Cán bộ", existing.sessionVersion + 1]);
    const again = await createAdmin({ email: "quan-tri@so.gov.vn" });
    expect(await findTokenUser(prisma, tokenOf(first.link), "INVITATION")).toBeNull();
    expect(await findTokenUser(prisma, tokenOf(again.link), "INVITATION")).not.toBeNull();
  });
});
