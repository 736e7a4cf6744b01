import "server-only";
import crypto from "node:crypto";
import type { NextRequest } from "next/server";
import { requestAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { errorResponse } from "./error-response";
import { RateLimiter } from "./rate-limit";
import { routeHandler } from "./route-handler";

// The open API's common ground: any site may read it from a browser (CORS for GET), shared caches
// may keep its answers briefly, a client that has an answer can ask whether it changed (ETag), and
// one address cannot take the server for itself (429 with Retry-After).

/**
 * Public data, the same for every caller: a shared cache may keep it a second, then asks again with the
 * ETag while it serves the old copy, so a publication reaches API clients behind a proxy as quickly as
 * the public pages (scripts/public-pages.mjs).
 */
export const PUBLIC_DATA_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30";

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Total-Count, Content-Disposition, X-Request-Id",
};

let limiter: RateLimiter | null = null;
function rateLimiter(): RateLimiter | null {
  if (env.API_RATE_LIMIT_PER_MINUTE === 0) return null;
  limiter ??= new RateLimiter(env.API_RATE_LIMIT_PER_MINUTE);
  return limiter;
}

/** What a refused request reads: when it may try again, in seconds and in words. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { message: `Quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau ${retryAfterSeconds} giây.`, retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

interface PublicApiOptions {
  /** Tokens a request spends (an export of every project spends more than a page). */
  cost?: number;
}

/**
 * A GET route of the open API: anyone may call it, from any origin, within the per-address rate
 * limit. Every answer — data, 304, 429 or error — carries the CORS headers, so a browser script
 * can read why it was refused.
 */
export function publicApiRoute(handler: (request: NextRequest) => Promise<Response>, options: PublicApiOptions = {}) {
  return routeHandler({ access: "anyone" }, async ({ request }) => {
    let response: Response;
    const decision = rateLimiter()?.take(requestAddress(request.headers.get("x-forwarded-for")) ?? "unknown", options.cost);
    if (decision && !decision.allowed) response = tooManyRequests(decision.retryAfterSeconds);
    else {
      try {
        response = await handler(request);
      } catch (error) {
        response = errorResponse(error);
      }
    }
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
    if (decision) {
      headers.set("RateLimit-Limit", String(decision.limit));
      headers.set("RateLimit-Remaining", String(decision.remaining));
      headers.set("RateLimit-Reset", String(decision.resetSeconds));
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}

/** The answer to a browser's preflight before a cross-origin GET that sends If-None-Match. */
export const publicApiPreflight = routeHandler(
  { access: "anyone" },
  async () =>
    new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
        "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
        "Access-Control-Max-Age": "86400",
      },
    }),
);

/** Whether an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * Public data as JSON with an entity tag made from its bytes: a client that sends the tag back in
 * If-None-Match gets 304 and no body while nothing changed.
 */
export function publicJson(request: NextRequest, data: unknown, init: { headers?: Record<string, string> } = {}): Response {
  const body = JSON.stringify(data);
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": PUBLIC_DATA_CACHE_CONTROL, ...init.headers };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
}
