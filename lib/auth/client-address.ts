/**
 * The caller's address from X-Forwarded-For. Each trusted reverse proxy appends the address it saw,
 * so with N proxies the N-th entry from the right was written by the outermost proxy and no client
 * can choose it. Next.js fills the header with the socket address only when it is absent, so with
 * no proxy (0) a client can still send its own header: per-account throttling does not rely on this.
 */
export function clientAddress(forwardedFor: unknown, trustedProxyHops: number): string | null {
  if (typeof forwardedFor !== "string") return null;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries[entries.length - Math.max(1, trustedProxyHops)] ?? entries[0];
  return address && address.length <= 64 ? address : null;
}
