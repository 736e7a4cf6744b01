// The session cookie's name, apart from the code that signs and reads it. (Whether a request may carry
// one is asked in plain JavaScript by lib/http/public-requests.mjs, for the proxy and the page cache.)

/** Over HTTPS the cookie is Secure and "__Secure-" prefixed, exactly as next-auth names it. */
export function usesSecureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}
