// The production HTTP server `npm start` runs (see server-command.ts): Next.js's own request handler
// behind the one decision Next leaves to whoever owns the socket, where a request comes from.
// Plain JavaScript, so Node runs it without a TypeScript loader in front of every module.
// It also gives every request an id: returned as X-Request-Id, and carried by every log line written
// while the request is served (lib/log/request-context.mjs), so a user's error report can be matched.
import cluster from "node:cluster";
import crypto from "node:crypto";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import util from "node:util";
import pino from "pino";
import { loggerOptions } from "../lib/log/logger-options.mjs";
import { requestIdFrom, runWithRequestId } from "../lib/log/request-context.mjs";
import { runShutdownHooks } from "../lib/runtime/shutdown.mjs";
import { clientAddress } from "./client-address.mjs";
import { databaseReady, WAIT_FOR_DATABASE_ENV } from "./database-ready.mjs";
import { publicPageServer } from "./public-pages.mjs";

// Set before Next.js and React load: they choose their production builds when first imported.
process.env.NODE_ENV = "production";
// Known only to this process and its proxy (proxy.ts): a client cannot claim a render is for everyone.
process.env.PORTAL_PUBLIC_RENDER_TOKEN = crypto.randomUUID();

const logger = pino(loggerOptions(process.env.LOG_LEVEL ?? "info"));

/**
 * PORTAL_WORKERS: how many server processes share the port ("auto": one per core). Each is a whole
 * server: the portal keeps nothing in a process that another needs (sessions are signed cookies,
 * throttling, mail and caches' freshness live in the database), so they need no coordination.
 */
function workerCount(setting = "1") {
  if (setting === "auto") return os.availableParallelism();
  const count = Number(setting);
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

function runWorkers(count) {
  logger.info({ workers: count }, `Chạy ${count} tiến trình máy chủ`);
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  // A worker that dies on its own is replaced; one that exits because the server stops is not.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, "A server process stopped; starting another");
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      const all = Object.values(cluster.workers ?? {}).map((worker) => new Promise((resolve) => worker?.once("exit", resolve)));
      Promise.all(all).then(() => process.exit(0));
    });
  }
}

/** How long a stopping server waits for its background work (a mail being sent) before it exits. */
const SHUTDOWN_WAIT_MS = 15_000;

// Headers only a reverse proxy may set. Without one in front (0 hops) they can only come from the
// client; x-middleware-subrequest is Next's own internal header, which a client must never send
// (CVE-2025-29927 used it to skip the proxy).
const PROXY_ONLY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];

/** Whether every %-escape in the path decodes; Next.js answers 500 to one that does not. */
function pathDecodes(url = "/") {
  const end = url.search(/[?#]/);
  try {
    decodeURIComponent(end === -1 ? url : url.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Next.js answers 500 when it cannot decode a server action's arguments (a body that is not the JSON
 * or multipart React sends). That is the client's error, not the server's: every action of this
 * portal catches its own failures and answers with a result, so a 500 on an action request can only
 * come from that decoding. Next still logs it.
 */
function answerUndecodableActionsAsBadRequests(response) {
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    return writeHead.call(this, status === 500 ? 400 : status, ...rest);
  };
}

const BAD_ADDRESS_PAGE =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Địa chỉ không hợp lệ</title>' +
  '<p>Địa chỉ trang không hợp lệ. <a href="/">Về trang chủ</a></p></html>';

async function serveRequests() {
  const { default: next } = await import("next");

  const root = path.resolve(import.meta.dirname, "..");
  const port = Number(process.env.PORT ?? 3000);
  const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);

  const app = next({ dev: false, dir: root, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const servePublicOrPersonal = publicPageServer(handle, process.env.PORTAL_PUBLIC_RENDER_TOKEN);

  // Next.js reports a failed render, action or route with console.error: written as log lines like the
  // app's own, they carry the request id too.
  for (const level of ["error", "warn"]) {
    console[level] = (...args) => {
      const err = args.find((arg) => arg instanceof Error);
      logger[level](err ? { err } : {}, util.format(...args.filter((arg) => arg !== err)));
    };
  }

  function serve(request, response) {
    if (!pathDecodes(request.url)) {
      response.writeHead(400, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      response.end(BAD_ADDRESS_PAGE);
      return;
    }
    delete request.headers["x-middleware-subrequest"];
    if (trustedProxyHops === 0) for (const name of PROXY_ONLY_HEADERS) delete request.headers[name];
    if (request.headers["next-action"]) answerUndecodableActionsAsBadRequests(response);
    // From here on X-Forwarded-For holds exactly one address, the one the throttling and logs trust.
    const address = clientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedProxyHops);
    if (address) request.headers["x-forwarded-for"] = address;
    else delete request.headers["x-forwarded-for"];
    servePublicOrPersonal(request, response);
  }

  const server = http.createServer((request, response) => {
    // A proxy's own id (nginx's $request_id) is kept when the proxy is trusted, so its access log and
    // these lines share one id; otherwise a client could write whatever it liked into the logs.
    const requestId = requestIdFrom(request.headers["x-request-id"], trustedProxyHops > 0);
    request.headers["x-request-id"] = requestId;
    response.setHeader("X-Request-Id", requestId);
    runWithRequestId(requestId, () => serve(request, response));
  });
  await databaseReady();
  server.listen(port, () => logger.info({ port }, `Cổng thông tin đang chạy tại http://localhost:${port}`));

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      logger.info({ signal }, "Stopping");
      const closed = new Promise((resolve) => server.close(resolve));
      Promise.all([closed, runShutdownHooks(SHUTDOWN_WAIT_MS)]).then(() => process.exit(0));
    });
  }
}

const workers = workerCount(process.env.PORTAL_WORKERS);
if (workers > 1 && cluster.isPrimary) {
  // Workers are forked once the database is ready, and so need not wait themselves.
  await databaseReady();
  delete process.env[WAIT_FOR_DATABASE_ENV];
  runWorkers(workers);
} else {
  await serveRequests();
}
