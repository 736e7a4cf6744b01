/**
 * A token bucket per client address: each address may spend `limit` tokens at once and gets them
 * back at `limit` a minute. What one request costs is the caller's choice (an export of every project
 * costs more than a page of the API). Kept in the server's memory: each app server counts on its own,
 * so behind N servers an address may make up to N times the limit (a reverse proxy's own limit, such
 * as nginx's limit_req, is the place for one shared count). The table is bounded: idle addresses are
 * forgotten first.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Tokens left after this request. */
  remaining: number;
  /** Whole seconds until the request could be made (0 when allowed). */
  retryAfterSeconds: number;
  /** Whole seconds until the bucket is full again. */
  resetSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: number,
    private readonly maxAddresses = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(address: string, cost = 1): RateDecision {
    const perMs = this.limit / 60_000;
    const time = this.now();
    const stored = this.buckets.get(address);
    const tokens = stored ? Math.min(this.limit, stored.tokens + (time - stored.at) * perMs) : this.limit;
    const price = Math.min(cost, this.limit);
    const allowed = tokens >= price;
    const left = allowed ? tokens - price : tokens;
    // Re-inserted, so the Map's order is least recently seen first: the first key is the one to forget.
    this.buckets.delete(address);
    this.buckets.set(address, { tokens: left, at: time });
    if (this.buckets.size > this.maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
    return {
      allowed,
      limit: this.limit,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((price - left) / perMs / 1000)),
      resetSeconds: Math.ceil((this.limit - left) / perMs / 1000),
    };
  }
}
