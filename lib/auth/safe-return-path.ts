/** A same-site path to return to after sign-in; anything else (other hosts, `//evil`, junk) is dropped. */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 500) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  try {
    const url = new URL(value, "http://portal.invalid");
    return url.host === "portal.invalid" ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}
