/**
 * The caller's address. The production server (scripts/server.mjs) decides it from the socket and
 * the trusted proxies and leaves it as the only entry of X-Forwarded-For; the last entry is taken so
 * that a development server, which only fills the header when it is absent, still gives an address.
 */
export function requestAddress(forwardedFor: string | string[] | null | undefined): string | null {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const address = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .pop();
  return address && address.length <= 64 ? address : null;
}
