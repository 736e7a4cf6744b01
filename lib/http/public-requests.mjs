// Which requests get the same answer for every anonymous visitor. Plain JavaScript, shared by the
// proxy (proxy.ts) and the production server's page cache (scripts/public-pages.mjs).

// Pages that show the same to every anonymous visitor. A new public page joins this list; pages of
// signed-in areas, the sign-in form and anything with a token in its URL stay off it.
// English pages (/en, /en/…) are the same pages in the other language.
export const PUBLIC_PAGE = /^(?:\/en)?(?:\/(?:projects(?:\/[^/]*)?|du-lieu-mo|open-data))?$|^\/$/;

// next-auth's session cookie, "__Secure-" prefixed over HTTPS, split into ".0", ".1"… when large.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** Whether a Cookie header may carry a session; only a valid one makes a user (lib/auth/current-user.ts). */
export function cookieHeaderHasSession(cookie) {
  return typeof cookie === "string" && SESSION_COOKIE.test(cookie);
}

/**
 * Whether a request may be answered from a render made for another visitor: a GET of a public page,
 * without a session, and not one of the React Server Components requests a
 * client-side navigation makes (those answer with a payload for the browser's router, not a page).
 */
export function isSharedPublicRequest(method, url, headers) {
  if (method !== "GET") return false;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!PUBLIC_PAGE.test(path)) return false;
  if (cookieHeaderHasSession(headers.cookie)) return false;
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"] || headers.authorization) return false;
  return queryAt === -1 || !new URLSearchParams(url.slice(queryAt)).has("_rsc");
}
