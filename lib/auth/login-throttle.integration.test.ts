import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let throttle: typeof import("./login-throttle");
let checkPassword: typeof import("./check-password").checkPassword;

const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

beforeAll(async () => {
  prisma = integration.prisma;
  throttle = await import("./login-throttle");
  ({ checkPassword } = await import("./check-password"));
});

/** One wrong password from an address at a moment: begin, then fail. */
async function fail(email: string, address: string, now: Date) {
  const verdict = await throttle.beginLoginAttempt(email, address, now);
  if (verdict.allowed) await throttle.recordLoginFailure(verdict.attempt, now);
  return verdict;
}

describe("sign-in throttling per account and address", () => {
  it("slows repeated failures down, then stops them for the window, whatever the case of the email", async () => {
    const start = new Date();
    for (let n = 0; n < 5; n += 1)
      expect((await fail(n % 2 ? "Chamchi@X.vn" : "chamchi@x.vn", "203.0.113.1", at(start, n * 2 * MINUTE))).allowed).toBe(true);
    const sixth = await throttle.beginLoginAttempt("chamchi@x.vn", "203.0.113.1", at(start, 10 * MINUTE));
    expect(sixth).toMatchObject({ allowed: false, reason: "account-address" });
    // The oldest failure leaves the window after 15 minutes, freeing one check.
    expect((await throttle.beginLoginAttempt("chamchi@x.vn", "203.0.113.1", at(start, 15 * MINUTE + 1000))).allowed).toBe(true);
  });

  it("makes each further failure wait longer before the next check", async () => {
    const start = new Date();
    for (let n = 0; n < 3; n += 1) expect((await fail("vi-du@x.vn", "203.0.113.2", at(start, n * 100))).allowed).toBe(true);
    const soon = await throttle.beginLoginAttempt("vi-du@x.vn", "203.0.113.2", at(start, 700));
    expect(soon).toMatchObject({ allowed: false, reason: "slow-down", retryAfterSeconds: 1 });
    expect((await fail("vi-du@x.vn", "203.0.113.2", at(start, 1300))).allowed).toBe(true);
    expect(await throttle.beginLoginAttempt("vi-du@x.vn", "203.0.113.2", at(start, 2300))).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await throttle.beginLoginAttempt("vi-du@x.vn", "203.0.113.2", at(start, 3400))).toMatchObject({ allowed: true });
    expect([0, 1, 2, 3, 4].map(throttle.delayAfterFailures)).toEqual([0, 0, 0, 1, 2]);
  });

  it("never locks the account for everyone: another address, and a right password after failures, get through", async () => {
    const start = new Date();
    for (let n = 0; n < 5; n += 1) await fail("nan-nhan@x.vn", "198.51.100.66", at(start, n * 2 * MINUTE));
    const attacker = await throttle.beginLoginAttempt("nan-nhan@x.vn", "198.51.100.66", at(start, 10 * MINUTE));
    expect(attacker.allowed).toBe(false);
    const owner = await throttle.beginLoginAttempt("nan-nhan@x.vn", "203.0.113.3", at(start, 10 * MINUTE));
    expect(owner.allowed).toBe(true);
    // A success forgets the pair's failures.
    await fail("quen@x.vn", "203.0.113.4", start);
    const right = await throttle.beginLoginAttempt("quen@x.vn", "203.0.113.4", at(start, MINUTE));
    if (!right.allowed) throw new Error("expected a check");
    await throttle.recordLoginSuccess(right.attempt);
    expect(await prisma.loginAttempt.count({ where: { account: "quen@x.vn" } })).toBe(0);
  });

  it("lets no more than five of twenty parallel guesses on one account and address reach the password check", async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => throttle.beginLoginAttempt("song-song@x.vn", "203.0.113.5")),
    );
    const checked = verdicts.filter((verdict) => verdict.allowed);
    expect(checked.length).toBeLessThanOrEqual(throttle.MAX_CHECKS_PER_ACCOUNT_AND_ADDRESS);
    // Refused attempts were never checked, so they are no failures.
    expect(await prisma.loginAttempt.count({ where: { account: "song-song@x.vn" } })).toBe(checked.length);
  });

  it("bounds one address across accounts, in parallel too, and counts only that address", async () => {
    const guesses = throttle.MAX_CHECKS_PER_ADDRESS + 40;
    const verdicts = await Promise.all(
      Array.from({ length: guesses }, (_, n) => fail(`rai-${n}@x.vn`, "192.0.2.77", new Date())),
    );
    expect(verdicts.filter((verdict) => verdict.allowed).length).toBeLessThanOrEqual(throttle.MAX_CHECKS_PER_ADDRESS);
    // One account after another, failures accumulate up to the bound and stop there.
    for (let n = 0; (await fail(`tiep-${n}@x.vn`, "192.0.2.77", new Date())).allowed; n += 1) expect(n).toBeLessThan(guesses);
    expect(await prisma.loginAttempt.count({ where: { address: "192.0.2.77", failed: true } })).toBe(
      throttle.MAX_CHECKS_PER_ADDRESS,
    );
    expect((await throttle.beginLoginAttempt("rai-moi@x.vn", "192.0.2.77")).allowed).toBe(false);
    expect((await throttle.beginLoginAttempt("rai-moi@x.vn", "192.0.2.78")).allowed).toBe(true);
  });

  it("lets fifty colleagues behind one office address sign in at the same moment", async () => {
    const { hashPassword } = await import("./password");
    const passwordHash = await hashPassword("Mật khẩu đúng 2026");
    await prisma.user.createMany({
      data: Array.from({ length: 50 }, (_, n) => ({
        email: `can-bo-${n}@so.vn`,
        name: `Cán bộ ${n}`,
        role: "SUBMITTER" as const,
        passwordHash,
      })),
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        checkPassword({ email: `can-bo-${n}@so.vn`, password: "Mật khẩu đúng 2026" }, "100.64.0.10"),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(50);
    expect(await prisma.loginAttempt.count({ where: { address: "100.64.0.10" } })).toBe(0);
  });
});
