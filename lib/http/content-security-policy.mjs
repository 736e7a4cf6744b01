import { createHash } from "node:crypto";
import { configuredTileUrl, tileImageSource } from "../maps/tile-source.mjs";

// The portal's Content Security Policy, in plain JavaScript so that both the proxy (per-request nonce,
// signed-in pages) and the production server (hashes, public pages rendered once for everyone) build
// the same policy. Only the sources allowed to run scripts differ.

/**
 * @param {{ scriptSources: string[], development?: boolean, tileUrl?: string | null }} options
 * `scriptSources` are CSP source expressions such as `'nonce-…'` or `'sha256-…'`; `tileUrl` is the
 * maps' tile template (MAP_TILE_URL by default), whose host alone is added to img-src.
 */
export function contentSecurityPolicy({ scriptSources, development = false, tileUrl = configuredTileUrl() }) {
  const tiles = tileImageSource(tileUrl);
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // The maps' background tiles come from one configured host (lib/maps/tile-source.mjs).
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The anti-spam proof-of-work runs in a worker served from the portal itself
    // (/api/enquiries/pow-worker); blob: workers stay refused.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// An inline script: a <script> without a src attribute. Next's own (the RSC payload, bootstrap) are all
// of this form; JSON-LD blocks match too, and hashing them is harmless.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** `'sha256-…'` for every inline script of an HTML page, in order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1].length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
