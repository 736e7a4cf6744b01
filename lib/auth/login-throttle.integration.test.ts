import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/db/test-database";

let database: TestDatabase;
let throttle: typeof import("./login-throttle");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  throttle = await import("./login-throttle");
});

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  database?.cleanup();
});

describe("login throttling", () => {
  it("blocks an account after five failures in the window, whatever the case of the email", async () => {
    const keys = throttle.throttleKeys("Submitter@Demo.local", null);
    expect(keys).toEqual(["email:submitter@demo.local"]);
    for (let n = 0; n < 4; n += 1) await throttle.recordFailedLogin(keys);
    expect(await throttle.isLoginThrottled(keys)).toBe(false);
    await throttle.recordFailedLogin(throttle.throttleKeys("submitter@demo.local", null));
    expect(await throttle.isLoginThrottled(keys)).toBe(true);
    // The window passes.
    expect(await throttle.isLoginThrottled(keys, new Date(Date.now() + throttle.LOGIN_WINDOW_MS + 1000))).toBe(false);
  });

  it("counts an address across accounts (with more room than one account), and one account's failures do not block another", async () => {
    for (let n = 0; n < throttle.MAX_FAILED_LOGINS_PER_ADDRESS; n += 1) {
      await throttle.recordFailedLogin(throttle.throttleKeys(`nguoi-${n}@x.vn`, "203.0.113.9"));
    }
    expect(await throttle.isLoginThrottled(throttle.throttleKeys("f@x.vn", "203.0.113.9"))).toBe(true);
    expect(await throttle.isLoginThrottled(throttle.throttleKeys("f@x.vn", "198.51.100.1"))).toBe(false);
  });
});
