// Public pages rendered once for every anonymous visitor, not once per visitor. A render made for one
// anonymous GET of a public page is kept in memory for PAGE_CACHE_TTL_MS (half a second) and
// sent to everyone who asks for the same URL meanwhile; requests that arrive while it renders wait for
// it. A publication therefore shows within about half a second on every server, with no message between
// servers: each keeps its own renders, and the data under them is already checked per request
// (lib/catalogue/catalogue-cache.ts).
//
// Such a render carries no per-request nonce: the proxy (proxy.ts) leaves its scripts without one, and
// this module allows them by hash instead — the SHA-256 of each inline script of the page goes into
// the page's Content-Security-Policy, so the same bytes stay valid for every visitor and every cache.
// The response says so to shared caches too (Cache-Control public, s-maxage), with an ETag.
import crypto from "node:crypto";
import zlib from "node:zlib";
import { contentSecurityPolicy, inlineScriptHashes } from "../lib/http/content-security-policy.mjs";
import { cookieHeaderHasSession, isSharedPublicRequest } from "../lib/http/public-requests.mjs";

/** The header by which this server tells the proxy that a render is for everyone; its value is a secret of this process. */
export const PUBLIC_RENDER_HEADER = "x-portal-public-render";

// Half a second: behind nginx, which keeps a page until the end of the current second, a publication
// then shows within about 1.5 s plus one render, inside the 2 s a province expects.
const TTL_MS = Number(process.env.PAGE_CACHE_TTL_MS ?? 500);
// Anyone can ask for new URLs (a keyword per request), so memory is bounded by size, not only count.
const MAX_ENTRIES = 500;
const MAX_BYTES = 48 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/**
 * For proxies and CDNs: reuse for a second, then ask again, serving the old copy meanwhile. nginx counts
 * whole seconds, so X-Accel-Expires (set per response) tells it the current second is the limit.
 */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30";

// Headers that belong to one response, not to the render shared by many.
const PER_RESPONSE_HEADERS = new Set([
  "set-cookie",
  "x-request-id",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
  "content-security-policy",
]);

// Files whose URL changes with their content: the same for everyone, signed in or not.
const STATIC_FILE = /^\/(_next\/static\/|favicon\.ico|icon|apple-icon)/;

/**
 * Whatever a page or route says, a response to a request that may carry a session is for that user
 * alone: no shared cache may keep it, and no browser cache either (it names the user).
 */
function keepPrivate(response) {
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    this.setHeader("Cache-Control", "private, no-store");
    for (const headers of rest) {
      if (headers && typeof headers === "object" && !Array.isArray(headers)) {
        for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete headers[name];
      }
    }
    return writeHead.call(this, status, ...rest);
  };
}

/**
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void} handle
 *   Next.js's request handler.
 * @param {string} token The value of PUBLIC_RENDER_HEADER the proxy trusts (PORTAL_PUBLIC_RENDER_TOKEN).
 * @returns the function that serves a request: from memory, by rendering it once for everyone, or,
 *   for anything personal, by passing it to Next.js untouched.
 */
export function publicPageServer(handle, token) {
  /** @type {Map<string, { storedAt: number, status: number, headers: Record<string, string | string[]>, body: Buffer, gzip: Buffer | null, etag: string, bytes: number }>} */
  const entries = new Map();
  let totalBytes = 0;
  /** @type {Map<string, Promise<object | null>>} */
  const inFlight = new Map();

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
  }

  function store(key, entry) {
    remove(key);
    // A render past its lifetime is never sent again (fresh() refuses it): kept, it would only hold
    // memory, up to MAX_BYTES under a stream of new URLs such as a keyword per request.
    for (const [storedKey, stored] of entries) if (entry.storedAt - stored.storedAt >= TTL_MS) remove(storedKey);
    entries.set(key, entry);
    totalBytes += entry.bytes;
    // The map keeps insertion order and hits are re-inserted: the first key is the least recently used.
    while (entries.size > MAX_ENTRIES || totalBytes > MAX_BYTES) remove(entries.keys().next().value);
  }

  function fresh(key) {
    const entry = entries.get(key);
    if (!entry || Date.now() - entry.storedAt >= TTL_MS) return null;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  return function serve(request, response) {
    delete request.headers[PUBLIC_RENDER_HEADER];
    if (cookieHeaderHasSession(request.headers.cookie) && !STATIC_FILE.test(request.url ?? "/")) keepPrivate(response);
    if (process.env.PAGE_CACHE === "off" || !isSharedPublicRequest(request.method, request.url ?? "/", request.headers)) {
      handle(request, response);
      return;
    }
    // The Host is part of the key: pages and API answers write absolute links with it.
    const key = `${request.headers.host ?? ""}${request.url}`;
    const entry = fresh(key);
    if (entry) {
      send(entry, request, response);
      return;
    }
    const pending = inFlight.get(key);
    if (pending) {
      // A render for everyone is on its way. If it cannot be shared (a redirect, an error), this
      // request is rendered on its own, the ordinary way.
      pending.then((shared) => (shared ? send(shared, request, response) : handle(request, response)));
      return;
    }
    const rendering = renderForEveryone(request, response).then((rendered) => {
      inFlight.delete(key);
      if (rendered?.storable) store(key, rendered);
      return rendered?.storable ? rendered : null;
    });
    inFlight.set(key, rendering);
  };

  /**
   * Lets Next.js render into memory instead of the socket, then answers this request from what it
   * rendered. Resolves with the render, `storable` when other visitors may receive it.
   */
  function renderForEveryone(request, response) {
    const acceptsGzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    // Compressed once here for everyone, not by Next.js for each.
    delete request.headers["accept-encoding"];
    request.headers[PUBLIC_RENDER_HEADER] = token;

    const real = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
    const chunks = [];
    const toBuffer = (chunk, encoding) =>
      Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    const restore = () => Object.assign(response, real);

    return new Promise((resolve) => {
      let done = false;
      response.writeHead = function (status, reason, headers) {
        this.statusCode = status;
        const given = typeof reason === "object" ? reason : headers;
        if (given && !Array.isArray(given)) for (const [name, value] of Object.entries(given)) this.setHeader(name, value);
        return this;
      };
      response.flushHeaders = () => {};
      response.write = function (chunk, encoding, callback) {
        if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
        const cb = typeof encoding === "function" ? encoding : typeof chunk === "function" ? chunk : callback;
        if (cb) process.nextTick(cb);
        return true;
      };
      response.end = function (chunk, encoding, callback) {
        if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
        if (done) return this;
        done = true;
        restore();
        const rendered = finishRender(response, Buffer.concat(chunks));
        send(rendered, request, response, acceptsGzip);
        const cb = typeof encoding === "function" ? encoding : typeof chunk === "function" ? chunk : callback;
        if (cb) process.nextTick(cb);
        resolve(rendered);
        return this;
      };
      response.once("close", () => {
        if (done) return;
        done = true;
        restore();
        resolve(null);
      });
      handle(request, response);
    });
  }

  /** The render as it will be sent: its own headers, a CSP by hash for HTML, a validator, a compressed copy. */
  function finishRender(response, body) {
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (!PER_RESPONSE_HEADERS.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
    }
    const html = /^text\/html/.test(String(headers["content-type"] ?? ""));
    if (html)
      headers["content-security-policy"] = contentSecurityPolicy({ scriptSources: inlineScriptHashes(body.toString("utf8")) });
    const vary = String(headers.vary ?? "");
    if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    const status = response.statusCode;
    const storable = status === 200 && !response.hasHeader("set-cookie") && body.length <= MAX_ENTRY_BYTES;
    const gzip = body.length > 1024 ? zlib.gzipSync(body) : null;
    const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    // Whatever Next.js said about caching stands for an answer that is not shared (a 404, a redirect).
    const cacheControl = storable ? SHARED_CACHE_CONTROL : String(response.getHeader("cache-control") ?? "no-store");
    const bytes = body.length + (gzip?.length ?? 0) + 2048;
    return { storedAt: Date.now(), status, headers, body, gzip, etag, cacheControl, storable, bytes };
  }

  function send(entry, request, response, acceptsGzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    for (const [name, value] of Object.entries(entry.headers)) response.setHeader(name, value);
    response.setHeader("Cache-Control", entry.cacheControl);
    if (entry.storable) {
      response.setHeader("ETag", entry.etag);
      response.setHeader("X-Accel-Expires", `@${Math.floor(Date.now() / 1000)}`);
      if (request.headers["if-none-match"]?.split(/\s*,\s*/).includes(entry.etag)) {
        response.removeHeader("Content-Type");
        response.writeHead(304);
        response.end();
        return;
      }
    }
    const gzip = acceptsGzip && entry.gzip;
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Content-Length", body.length);
    response.writeHead(entry.status);
    response.end(body);
  }
}
