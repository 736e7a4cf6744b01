import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("lets an address spend its limit at once, then says when to come back", () => {
    let now = 0;
    const limiter = new RateLimiter(60, 100, () => now);
    for (let index = 0; index < 60; index++) expect(limiter.take("198.51.100.1").allowed).toBe(true);
    const refused = limiter.take("198.51.100.1");
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    // Another address is not affected.
    expect(limiter.take("198.51.100.2").allowed).toBe(true);
    now += 1_000; // one token back (60 a minute)
    expect(limiter.take("198.51.100.1").allowed).toBe(true);
    expect(limiter.take("198.51.100.1").allowed).toBe(false);
  });

  it("charges a costly request more, and waits long enough for it", () => {
    let now = 0;
    const limiter = new RateLimiter(60, 100, () => now);
    expect(limiter.take("a", 50)).toMatchObject({ allowed: true, remaining: 10 });
    expect(limiter.take("a", 20)).toMatchObject({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take("a", 20).allowed).toBe(true);
  });

  it("never refuses a request that costs more than the limit forever", () => {
    const limiter = new RateLimiter(5, 100, () => 0);
    expect(limiter.take("a", 50).allowed).toBe(true);
  });

  it("forgets the least recently seen address when the table is full", () => {
    const limiter = new RateLimiter(1, 2, () => 0);
    limiter.take("a");
    limiter.take("b");
    limiter.take("c");
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("c").allowed).toBe(false);
  });
});
