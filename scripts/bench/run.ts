/**
 * `npm run bench`: how the portal's cost grows with its data, on each database.
 *
 * For every database and size it seeds a database of its own with N generated published projects
 * (kept between runs: a second run with the same N reuses it), starts the production server on it,
 * and loads each route with autocannon (10 connections), sampling the server's memory meanwhile.
 * Public pages and the catalogue are measured as deployed (renders shared for half a second,
 * scripts/public-pages.mjs, over the catalogue cache, lib/catalogue/catalogue-cache.ts) and again
 * with both off ("no cache"), where every request renders and searches. At the largest size it also
 * measures one server process per core (PORTAL_WORKERS=auto), how long a publication takes to show on
 * a second server (and through nginx), and how long `npm start` takes to be ready. With `--proxy`, the
 * largest size is measured again through Debian's nginx with the shipped configuration
 * (deploy/nginx). It prints a table, checks the targets of issue 16 and writes everything to
 * bench/results/.
 *
 *   npm run bench                                   SQLite and PostgreSQL, N = 1,000 and 100,000
 *   npm run bench -- --proxy                        the same, and through nginx
 *   npm run bench -- --db sqlite --sizes 1000 --duration 5
 *   npm run bench -- --exports-only --sizes 100000     every project exported once per format, with memory
 *
 * PostgreSQL is benchmarked on the server BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) names, default
 * postgresql://postgres@127.0.0.1:5432/postgres; the databases are portal_bench_<N>.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { REPO_ROOT } from "../db/migrations-folder";
import { refreshOutdatedSearchFields } from "../db/refresh-search-fields";
import { migrateDatabase } from "../db/schema-engine";
import { NEXT_BIN, serverArgs } from "../server-command";
import { postgresDatabaseUrl, quoteIdent } from "../db/test-database";
import { uncachedKeyword, writeGeneratedProjects } from "./generated-projects";
import { nginxAvailable, startProxy } from "./nginx";
import { measureShippedJavaScript, type ShippedJavaScript } from "./shipped-javascript";
import { evaluateTargets, type RouteResult, type RunResult } from "./targets";

const { values: options } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite,postgresql" },
    sizes: { type: "string", default: "1000,100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
    proxy: { type: "boolean", default: false },
    // Only the exports of every project (CSV, Excel, JSON, OC4IDS), one download each, with the server's memory.
    "exports-only": { type: "boolean", default: false },
  },
});

const providers = options.db.split(",").map((name) => name.trim()) as DatabaseProvider[];
const sizes = options.sizes.split(",").map((size) => Number(size.replaceAll("_", "")));
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);
const baseUrl = `http://127.0.0.1:${port}`;
const postgresServer =
  process.env.BENCH_POSTGRES_URL?.trim() ||
  process.env.TEST_POSTGRES_URL?.trim() ||
  "postgresql://postgres@127.0.0.1:5432/postgres";

for (const provider of providers) {
  if (provider !== "sqlite" && provider !== "postgresql") throw new Error(`--db: ${provider}? (sqlite, postgresql)`);
}
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(duration > 0) || !(connections > 0)) {
  throw new Error("--sizes, --duration và --connections phải là số dương.");
}

let keywordCount = 0;
/** A keyword no request has asked for before: a search that misses every cache. */
const freshKeywordPath = () => `/projects?q=${encodeURIComponent(uncachedKeyword(keywordCount++))}`;

// What each route stands for; the filtered ones use values the generator always produces.
const ROUTES = [
  { key: "trivial", label: "Trivial route (/api/health)", path: () => "/api/health" },
  // No data at all, but rendered per request like every personal page (layout, CSP nonce).
  { key: "emptyPage", label: "Smallest per-request page (/login)", path: () => "/login" },
  { key: "home", label: "Home page", path: () => "/" },
  { key: "catalogue", label: "Catalogue, unfiltered", path: () => "/projects" },
  { key: "catalogueOneFacet", label: "Catalogue, one sector", path: () => "/projects?sector=du-lich" },
  {
    key: "catalogueFiltered",
    label: "Catalogue: sector + location + keyword",
    path: () => "/projects?sector=du-lich&location=phu-quoc&q=sinh+thai",
  },
  { key: "keywordMiss", label: "Catalogue: a new keyword every request", path: freshKeywordPath, fresh: true },
  { key: "detail", label: "Project detail page", path: (slug: string) => `/projects/${slug}` },
  {
    key: "api",
    label: "/api/projects with filters",
    path: () => "/api/projects?sector=nang-luong&form=ppp-bot&q=dien&sort=capital-desc&page=2",
  },
] as const satisfies readonly { key: string; label: string; path: (slug: string) => string; fresh?: boolean }[];

type Route = (typeof ROUTES)[number];
type RouteKey = Route["key"];
const route = (key: RouteKey): Route => ROUTES.find((candidate) => candidate.key === key)!;
const pathOf = (target: Route, slug: string): string => (target.path as (slug: string) => string)(slug);

/** Measured again in other set-ups, each a suffix of the route's key. */
const VARIANTS = {
  // Every request renders and searches: what the caches save.
  Uncached: {
    label: "no cache",
    env: { CATALOGUE_CACHE: "off", PAGE_CACHE: "off" },
    routes: ["home", "catalogue", "catalogueFiltered", "detail", "api"],
  },
  // One server process per core, at the largest size.
  Cluster: {
    label: "one process per core",
    env: { PORTAL_WORKERS: "auto" },
    routes: ["trivial", "catalogueFiltered", "keywordMiss", "detail"],
  },
  // Through nginx with deploy/nginx, at the largest size, with --proxy.
  Proxy: {
    label: "through nginx",
    env: {},
    routes: ["home", "catalogue", "catalogueOneFacet", "catalogueFiltered", "keywordMiss", "detail", "api"],
  },
} as const satisfies Record<string, { label: string; env: Record<string, string>; routes: RouteKey[] }>;

function databaseUrlFor(provider: DatabaseProvider, size: number): string {
  return provider === "sqlite"
    ? `file:${path.join(REPO_ROOT, "data", "bench", `bench-${size}.db`)}`
    : postgresDatabaseUrl(postgresServer, `portal_bench_${size}`);
}

async function ensurePostgresDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

/** Migrates and, unless it already holds exactly `size` published projects, seeds the database. */
async function prepareBenchDatabase(provider: DatabaseProvider, size: number): Promise<{ url: string; slug: string }> {
  const url = databaseUrlFor(provider, size);
  if (provider === "postgresql") await ensurePostgresDatabase(url);
  await migrateDatabase(url);
  const prisma = createPrismaClient(url);
  try {
    await seedReferenceData(prisma);
    const published = await prisma.project.count({ where: { status: "PUBLISHED" } });
    if (published !== size || (await prisma.project.count()) !== size) {
      const started = performance.now();
      process.stdout.write(`  ${provider}: tạo ${size.toLocaleString("vi-VN")} dự án… `);
      await writeGeneratedProjects(prisma, size);
      console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // A database kept from a run of an older version: its search columns follow the current recipe.
    await refreshOutdatedSearchFields(prisma);
    if (provider === "postgresql") await prisma.$executeRawUnsafe("VACUUM ANALYZE");
    else await prisma.$executeRawUnsafe("ANALYZE");
    // A project in the middle of the table: neither the first nor the last row written.
    const middle = await prisma.project.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { id: "asc" },
      skip: Math.floor(size / 2),
      select: { slug: true },
    });
    return { url, slug: middle.slug! };
  } finally {
    await prisma.$disconnect();
  }
}

function ensureBuild(): void {
  if (fs.existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) return;
  console.log("Chưa có bản build: đang build…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build thất bại.");
}

const SESSION_SECRET = crypto.randomBytes(32).toString("base64");

function serverEnv(url: string, serverPort: number, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(serverPort),
    DATABASE_URL: url,
    PORTAL_DEMO: "false",
    NEXTAUTH_URL: `http://127.0.0.1:${serverPort}`,
    NEXTAUTH_SECRET: SESSION_SECRET,
    // The load comes from one address: the API's per-address limit would answer it with 429s.
    API_RATE_LIMIT_PER_MINUTE: "0",
    ...extraEnv,
  };
}

/** Waits until `check` answers 200; the milliseconds it took. */
async function waitUntilServing(server: ChildProcess, check: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`Máy chủ dừng với mã ${server.exitCode}.`);
    try {
      if ((await fetch(check)).ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.kill("SIGKILL");
  throw new Error(`Máy chủ không sẵn sàng sau ${timeoutMs / 1000} giây.`);
}

async function startServer(url: string, extraEnv: Record<string, string> = {}, serverPort = port): Promise<ChildProcess> {
  const server = spawn(process.execPath, serverArgs(), {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: serverEnv(url, serverPort, extraEnv),
  });
  await waitUntilServing(server, `http://127.0.0.1:${serverPort}/api/health`);
  return server;
}

/** How long `npm start` takes on an existing database until the home page answers (issue 16: ≤ 3 s). */
async function startupMs(url: string): Promise<number> {
  const server = spawn(process.execPath, [path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    // npm start refuses to serve production without an https:// address; nothing here connects to it.
    env: serverEnv(url, port, { NEXTAUTH_URL: "https://bench.invalid" }),
    detached: true,
  });
  try {
    return Math.round(await waitUntilServing(server, `${baseUrl}/`));
  } finally {
    // npm start runs the server as its child: stop the whole group.
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid!, "SIGTERM");
      await exited;
    }
  }
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** Resident memory of a process and its children (next start may fork a worker), in bytes. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Loads one route; latencies are every response's own, so p95 is exact rather than bucketed. */
async function load(base: string, target: Route, slug: string, seconds: number, serverPid: number): Promise<RouteResult> {
  const latencies: number[] = [];
  let peakRss = treeRss(serverPid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(serverPid));
  }, 250);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      // Asked as a browser asks: every browser accepts gzip, and nginx's cache then answers with the
      // compressed page it keeps instead of inflating it for each request.
      const settings: autocannon.Options = {
        url: `${base}${pathOf(target, slug)}`,
        connections,
        duration: seconds,
        headers: { "accept-encoding": "gzip" },
      };
      // A route that must miss every cache gets a new address for every request.
      if ("fresh" in target) settings.requests = [{ setupRequest: (request) => ({ ...request, path: pathOf(target, slug) }) }];
      const instance = autocannon(settings, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    latencies.sort((a, b) => a - b);
    return {
      requestsPerSecond: round1(result.requests.total / result.duration),
      p50: round1(percentile(latencies, 50)),
      p95: round1(percentile(latencies, 95)),
      p99: round1(percentile(latencies, 99)),
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      peakRssMb: Math.round(peakRss / 1_048_576),
    };
  } finally {
    clearInterval(sampler);
  }
}

function report(provider: DatabaseProvider, size: number, label: string, r: RouteResult): void {
  console.log(
    `  ${provider} N=${size}: ${label.padEnd(52)} ${String(r.requestsPerSecond).padStart(7)} req/s  ` +
      `p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  RSS ${r.peakRssMb} MB${r.errors ? `  LỖI ${r.errors}` : ""}`,
  );
}

async function measureRoute(target: Route, slug: string, serverPid: number, base = baseUrl): Promise<RouteResult> {
  const pathname = pathOf(target, slug);
  const check = await fetch(`${base}${pathname}`);
  if (!check.ok) throw new Error(`${pathname} trả về ${check.status}.`);
  await load(base, target, slug, Math.min(2, duration), serverPid); // warm-up: JIT, caches, pool
  // Let the warm-up's last requests finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return load(base, target, slug, duration, serverPid);
}

/**
 * Publishes a change (a project's new name, as an approved edit writes it) while a second server and,
 * when given, nginx are serving that project's page, and measures how long until each shows it.
 */
async function publicationLatencyMs(url: string, slug: string, proxyUrl?: string): Promise<{ server: number; proxy?: number }> {
  const second = await startServer(url, {}, port + 1);
  const prisma = createPrismaClient(url);
  try {
    const servers = { server: `http://127.0.0.1:${port + 1}`, ...(proxyUrl ? { proxy: proxyUrl } : {}) };
    const worst: { server: number; proxy?: number } = { server: 0 };
    for (let round = 0; round < 3; round++) {
      // Both have the page in their caches before the change.
      for (const base of Object.values(servers)) await fetch(`${base}/projects/${slug}`).then((r) => r.text());
      const stamp = `Bản cập nhật ${crypto.randomUUID().slice(0, 8)}`;
      const project = await prisma.project.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true } });
      const baseName = project.name.replace(/ — Bản cập nhật \w+$/, "");
      const published = performance.now();
      await prisma.project.update({ where: { id: project.id }, data: { name: `${baseName} — ${stamp}` } });
      await Promise.all(
        Object.entries(servers).map(async ([which, base]) => {
          while (!(await (await fetch(`${base}/projects/${slug}`)).text()).includes(stamp)) {
            if (performance.now() - published > 30_000) throw new Error(`${which}: thay đổi không hiện sau 30 giây.`);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          const key = which as keyof typeof worst;
          worst[key] = Math.max(worst[key] ?? 0, Math.round(performance.now() - published));
        }),
      );
    }
    return worst;
  } finally {
    await prisma.$disconnect();
    await stopServer(second);
  }
}

/** What one export of every project costs the server: time, size and resident memory before and at peak. */
interface ExportResult {
  format: string;
  seconds: number;
  megabytes: number;
  rows: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

/** Each download of every project: the exports' formats, and the OC4IDS package, which streams the same way. */
const EXPORT_DOWNLOADS = [
  ...(["csv", "csv-semicolon", "xlsx", "json"] as const).map((format) => ({
    format,
    path: `/api/projects/export?format=${format}`,
  })),
  { format: "oc4ids", path: "/api/oc4ids?download=1" },
];

async function measureExports(serverPid: number): Promise<ExportResult[]> {
  const results: ExportResult[] = [];
  for (const { format, path: downloadPath } of EXPORT_DOWNLOADS) {
    const rssBefore = treeRss(serverPid);
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(serverPid));
    }, 100);
    const started = performance.now();
    let bytes = 0;
    let rows = 0;
    try {
      const response = await fetch(`${baseUrl}${downloadPath}`);
      if (!response.ok || !response.body) throw new Error(`export ${format}: ${response.status}`);
      rows = Number(response.headers.get("x-total-count"));
      // Read as a client would, chunk by chunk, without keeping what was read.
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
    } finally {
      clearInterval(sampler);
    }
    peakRss = Math.max(peakRss, treeRss(serverPid));
    const result = {
      format,
      seconds: round1((performance.now() - started) / 1000),
      megabytes: round1(bytes / 1_048_576),
      rows,
      rssBeforeMb: Math.round(rssBefore / 1_048_576),
      peakRssMb: Math.round(peakRss / 1_048_576),
    };
    console.log(
      `  export ${format.padEnd(14)} ${String(result.rows).padStart(7)} dự án  ${String(result.megabytes).padStart(7)} MB  ` +
        `${result.seconds} s  RSS ${result.rssBeforeMb} → đỉnh ${result.peakRssMb} MB`,
    );
    results.push(result);
  }
  return results;
}

async function benchmarkExports(
  provider: DatabaseProvider,
  size: number,
): Promise<{ provider: string; size: number; exports: ExportResult[] }> {
  const { url } = await prepareBenchDatabase(provider, size);
  const server = await startServer(url);
  try {
    // One request first, so the baseline is a server that has served, not one just started.
    await fetch(`${baseUrl}/projects`);
    console.log(`  ${provider} N=${size}:`);
    return { provider, size, exports: await measureExports(server.pid!) };
  } finally {
    await stopServer(server);
  }
}

interface Extra {
  publicationMs?: { server: number; proxy?: number };
  startupMs?: number;
}

async function measureVariant(
  variant: keyof typeof VARIANTS,
  provider: DatabaseProvider,
  size: number,
  slug: string,
  serverPid: number,
  routes: Record<string, RouteResult>,
  base = baseUrl,
): Promise<void> {
  for (const key of VARIANTS[variant].routes) {
    const target = route(key);
    routes[`${key}${variant}`] = await measureRoute(target, slug, serverPid, base);
    report(provider, size, `${target.label} (${VARIANTS[variant].label})`, routes[`${key}${variant}`]!);
  }
}

async function benchmark(
  provider: DatabaseProvider,
  size: number,
  largest: boolean,
): Promise<{ run: RunResult & Extra; javascript: ShippedJavaScript }> {
  const { url, slug } = await prepareBenchDatabase(provider, size);
  const routes: Record<string, RouteResult> = {};
  const extra: Extra = {};
  let javascript: ShippedJavaScript;
  let server = await startServer(url);
  try {
    for (const target of ROUTES) {
      routes[target.key] = await measureRoute(target, slug, server.pid!);
      report(provider, size, target.label, routes[target.key]!);
    }
    javascript = await measureShippedJavaScript(baseUrl, { home: "/", catalogue: "/projects", detail: `/projects/${slug}` });
    if (largest && options.proxy) {
      const proxy = await startProxy(port + 2, [port]);
      try {
        await measureVariant("Proxy", provider, size, slug, server.pid!, routes, proxy.url);
        extra.publicationMs = await publicationLatencyMs(url, slug, proxy.url);
      } finally {
        await proxy.stop();
      }
    } else if (largest) {
      extra.publicationMs = await publicationLatencyMs(url, slug);
    }
  } finally {
    await stopServer(server);
  }
  server = await startServer(url, VARIANTS.Uncached.env);
  try {
    await measureVariant("Uncached", provider, size, slug, server.pid!, routes);
  } finally {
    await stopServer(server);
  }
  if (largest) {
    server = await startServer(url, VARIANTS.Cluster.env);
    try {
      await measureVariant("Cluster", provider, size, slug, server.pid!, routes);
    } finally {
      await stopServer(server);
    }
    extra.startupMs = await startupMs(url);
    console.log(
      `  ${provider} N=${size}: npm start ready in ${extra.startupMs} ms; publication shows in ${JSON.stringify(extra.publicationMs)} ms`,
    );
  }
  return { run: { provider, size, routes, ...extra }, javascript };
}

function databaseVersion(): string {
  const result = spawnSync("psql", ["-At", "-c", "SHOW server_version", postgresServer], { encoding: "utf8" });
  return result.status === 0 ? `PostgreSQL ${result.stdout.trim()}` : "PostgreSQL (không rõ phiên bản)";
}

const ROUTE_LABELS: Record<string, string> = Object.fromEntries(
  ROUTES.flatMap((target) => [
    [target.key, target.label],
    ...Object.entries(VARIANTS).map(([variant, { label }]) => [`${target.key}${variant}`, `${target.label} (${label})`]),
  ]),
);

function printTable(runs: RunResult[]): void {
  const rows = runs.flatMap((run) =>
    Object.entries(run.routes).map(([key, r]) => ({
      database: run.provider,
      N: run.size.toLocaleString("en-US"),
      route: ROUTE_LABELS[key] ?? key,
      "req/s": r.requestsPerSecond,
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      "RSS MB": r.peakRssMb,
      errors: r.errors,
    })),
  );
  console.table(rows);
}

async function main(): Promise<void> {
  ensureBuild();
  if (options["exports-only"]) {
    const exports = [];
    for (const provider of providers) for (const size of sizes) exports.push(await benchmarkExports(provider, size));
    const dir = path.join(REPO_ROOT, "bench", "results");
    fs.mkdirSync(dir, { recursive: true });
    const date = new Date().toISOString();
    const file = path.join(dir, `exports-${date.slice(0, 19).replaceAll(":", "-")}.json`);
    fs.writeFileSync(file, `${JSON.stringify({ date, node: process.version, cpu: os.cpus()[0]?.model, exports }, null, 2)}\n`);
    console.log(`Đã ghi ${path.relative(REPO_ROOT, file)}`);
    return;
  }
  if (options.proxy && !nginxAvailable()) throw new Error("--proxy cần nginx: apt-get install nginx");
  const machine = {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1_073_741_824),
    node: process.version,
    hostname: os.hostname(),
    postgres: providers.includes("postgresql") ? databaseVersion() : undefined,
  };
  console.log(`Máy: ${machine.cpu}, ${machine.cores} lõi, ${machine.memoryGb} GB, Node ${machine.node}`);

  const runs: RunResult[] = [];
  let javascript: ShippedJavaScript | undefined;
  for (const provider of providers) {
    for (const size of sizes) {
      const measured = await benchmark(provider, size, size === Math.max(...sizes));
      runs.push(measured.run);
      // The same build ships the same scripts whatever the data: one measurement is enough.
      javascript ??= measured.javascript;
    }
  }

  printTable(runs);
  const targets = evaluateTargets(runs, javascript!);
  for (const target of targets) console.log(`${target.met ? "✓" : "✗"} ${target.description}: ${target.measured}`);

  const result = {
    date: new Date().toISOString(),
    machine,
    settings: { connections, durationSeconds: duration, sizes, providers, proxy: options.proxy },
    routes: ROUTE_LABELS,
    runs,
    javascript,
    targets,
  };
  const dir = path.join(REPO_ROOT, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.date.slice(0, 19).replaceAll(":", "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Đã ghi ${path.relative(REPO_ROOT, file)}`);
}

await main();
