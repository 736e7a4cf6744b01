import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy.mjs";
import { PUBLIC_PAGE, cookieHeaderHasSession } from "@/lib/http/public-requests.mjs";
import { LOCALE_HEADER, localeOfPath } from "@/lib/i18n/locales";

/** Set by scripts/public-pages.mjs on a render it makes once for every anonymous visitor. */
const PUBLIC_RENDER_HEADER = "x-portal-public-render";

/**
 * A Content Security Policy with a fresh nonce per request: Next.js puts the nonce on its own
 * scripts, so only they run, never script that user text might smuggle into a page. This is
 * hardening, not access control — every page, action and route handler checks the caller itself.
 *
 * A public page rendered for everyone (scripts/public-pages.mjs, which proves it with this process's
 * secret) gets no nonce: the production server sends it with the hashes of its scripts instead.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  // The page's language is its path's (/en…); i18n/request.ts reads it from here. Set on every
  // request so a visitor cannot choose it with a header of their own.
  requestHeaders.set(LOCALE_HEADER, localeOfPath(request.nextUrl.pathname));

  const token = process.env.PORTAL_PUBLIC_RENDER_TOKEN;
  if (token && request.headers.get(PUBLIC_RENDER_HEADER) === token) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({
    scriptSources: [`'nonce-${nonce}'`, "'strict-dynamic'"],
    development: process.env.NODE_ENV === "development",
  });

  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Next.js marks every per-request page "no-store", which also keeps it out of the browser's
  // back/forward cache. A public page rendered for one anonymous visitor (the development server,
  // PAGE_CACHE=off) holds nothing personal, so it may be kept, though never reused without asking the
  // server ("no-cache") and never by a shared cache ("private": the page carries this request's nonce).
  // Signed-in pages keep "no-store": the header names the user.
  if (PUBLIC_PAGE.test(request.nextUrl.pathname) && !cookieHeaderHasSession(request.headers.get("cookie") ?? undefined)) {
    response.headers.set("Cache-Control", "private, no-cache");
  }
  return response;
}

export const config = {
  // Prefetches too: a page's language must come from its path, never from a header the visitor sent
  // (a shared cache in front could otherwise keep an English render of a Vietnamese address).
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
