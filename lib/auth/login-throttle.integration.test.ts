import { beforeAll, describe, expect, it } from "vitest";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

setUpIntegrationDatabase();

let throttle: typeof import("./login-throttle");

beforeAll(async () => {
  throttle = await import("./login-throttle");
});

describe("login throttling", () => {
  it("allows five attempts on an account in the window and refuses the sixth, whatever the case of the email", async () => {
    const keys = throttle.throttleKeys("Submitter@Demo.local", null);
    expect(keys).toEqual(["email:submitter@demo.local"]);
    for (let n = 0; n < 5; n += 1) expect((await throttle.beginLoginAttempt(keys)).throttled).toBe(false);
    expect((await throttle.beginLoginAttempt(throttle.throttleKeys("submitter@demo.local", null))).throttled).toBe(true);
    // The window passes.
    expect((await throttle.beginLoginAttempt(keys, new Date(Date.now() + throttle.LOGIN_WINDOW_MS + 1000))).throttled).toBe(false);
  });

  it("counts parallel guesses: of twenty at once, no more than five get through", async () => {
    const keys = throttle.throttleKeys("song-song@x.vn", null);
    const attempts = await Promise.all(Array.from({ length: 20 }, () => throttle.beginLoginAttempt(keys)));
    // How many of the first five pass depends on how the twenty interleave; the limit must hold.
    expect(attempts.filter((attempt) => !attempt.throttled).length).toBeLessThanOrEqual(5);
  });

  it("does not count a successful sign-in", async () => {
    const keys = throttle.throttleKeys("dung@x.vn", null);
    for (let n = 0; n < 10; n += 1) await throttle.forgetLoginAttempt(await throttle.beginLoginAttempt(keys));
    expect((await throttle.beginLoginAttempt(keys)).throttled).toBe(false);
  });

  it("counts an address across accounts, with more room than one account", async () => {
    for (let n = 0; n < throttle.MAX_FAILED_LOGINS_PER_ADDRESS; n += 1) {
      expect((await throttle.beginLoginAttempt(throttle.throttleKeys(`nguoi-${n}@x.vn`, "203.0.113.9"))).throttled).toBe(false);
    }
    expect((await throttle.beginLoginAttempt(throttle.throttleKeys("f@x.vn", "203.0.113.9"))).throttled).toBe(true);
    expect((await throttle.beginLoginAttempt(throttle.throttleKeys("g@x.vn", "198.51.100.1"))).throttled).toBe(false);
  });
});
