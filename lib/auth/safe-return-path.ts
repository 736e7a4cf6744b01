/** A same-site path to return to after sign-in; anything else (other hosts, `//evil`, junk) is dropped. */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 500 || !value.startsWith("/")) return undefined;
  try {
    const url = new URL(value, "http://portal.invalid");
    const path = `${url.pathname}${url.search}`;
    // Judge the path as the browser will follow it: dot segments collapse only after parsing,
    // so "/.//evil.example" becomes the protocol-relative "//evil.example".
    if (url.host !== "portal.invalid" || path.startsWith("//") || path.startsWith("/\\")) return undefined;
    return path;
  } catch {
    return undefined;
  }
}
