// Plain JavaScript: the production server (scripts/server.mjs) runs under Node without a TypeScript loader.

/**
 * The address a request comes from, decided once, where the socket is still known.
 *
 * Each reverse proxy appends the address it saw to X-Forwarded-For, so the chain of addresses is
 * the header's entries followed by the socket's peer. With N trusted proxies in front, the last N
 * links of that chain are the proxies themselves and the one before them is the client; anything
 * further left was written by the client and proves nothing. With no proxy (0), the socket's peer is
 * the client and the header is ignored entirely.
 *
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} socketAddress the TCP peer's address
 * @param {number} trustedProxyHops how many reverse proxies in front of this server add to the header
 * @returns {string | null}
 */
export function clientAddress(forwardedFor, socketAddress, trustedProxyHops) {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (socketAddress) chain.push(socketAddress);
  const hops = Number.isInteger(trustedProxyHops) && trustedProxyHops > 0 ? trustedProxyHops : 0;
  const address = chain[Math.max(0, chain.length - 1 - hops)];
  return address && address.length <= 64 ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "") : null;
}
