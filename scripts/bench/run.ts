/**
 * `npm run bench`: how the portal's cost grows with its data, on each database.
 *
 * For every database and size it seeds a database of its own with N generated published projects
 * (kept between runs: a second run with the same N reuses it), starts the production server on it,
 * and loads five routes with autocannon (10 connections), sampling the server's memory meanwhile.
 * The catalogue routes are measured twice: as deployed (with the catalogue cache, see
 * lib/catalogue/catalogue-cache.ts) and with CATALOGUE_CACHE=off, where every request does the
 * database's whole search. It prints a table, checks the targets of issue 6 and writes everything
 * to bench/results/.
 *
 *   npm run bench                                   SQLite and PostgreSQL, N = 1,000 and 100,000
 *   npm run bench -- --db sqlite --sizes 1000 --duration 5
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
import { migrateDatabase } from "../db/schema-engine";
import { NEXT_BIN, nextStartArgs } from "../server-command";
import { postgresDatabaseUrl, quoteIdent } from "../db/test-database";
import { writeGeneratedProjects } from "./generated-projects";
import { measureShippedJavaScript, type ShippedJavaScript } from "./shipped-javascript";
import { evaluateTargets, type RouteResult, type RunResult } from "./targets";

const { values: options } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite,postgresql" },
    sizes: { type: "string", default: "1000,100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
  },
});

const providers = options.db.split(",").map((name) => name.trim()) as DatabaseProvider[];
const sizes = options.sizes.split(",").map((size) => Number(size.replaceAll("_", "")));
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);
const baseUrl = `http://127.0.0.1:${port}`;
const postgresServer = process.env.BENCH_POSTGRES_URL?.trim() || process.env.TEST_POSTGRES_URL?.trim() ||
  "postgresql://postgres@127.0.0.1:5432/postgres";

for (const provider of providers) {
  if (provider !== "sqlite" && provider !== "postgresql") throw new Error(`--db: ${provider}? (sqlite, postgresql)`);
}
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(duration > 0) || !(connections > 0)) {
  throw new Error("--sizes, --duration và --connections phải là số dương.");
}

// What each route stands for; the filtered ones use values the generator always produces.
const ROUTES = [
  { key: "trivial", label: "Trivial route (/api/health)", path: () => "/api/health" },
  // No data at all, but rendered like every page (layout, CSP nonce): the floor of a page's cost.
  { key: "emptyPage", label: "Smallest rendered page (/login)", path: () => "/login" },
  { key: "catalogue", label: "Catalogue, unfiltered", path: () => "/projects" },
  {
    key: "catalogueFiltered",
    label: "Catalogue: sector + location + keyword",
    path: () => "/projects?sector=du-lich&location=phu-quoc&q=sinh+thai",
  },
  { key: "detail", label: "Project detail page", path: (slug: string) => `/projects/${slug}` },
  {
    key: "api",
    label: "/api/projects with filters",
    path: () => "/api/projects?sector=nang-luong&form=ppp-bot&q=dien&sort=capital-desc&page=2",
  },
] as const;

type RouteKey = (typeof ROUTES)[number]["key"];
/** Measured again on a server without the catalogue cache. */
const UNCACHED: RouteKey[] = ["catalogue", "catalogueFiltered", "api"];
const uncachedKey = (key: RouteKey) => `${key}Uncached`;

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

async function startServer(url: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, nextStartArgs(String(port)), {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      PORTAL_DEMO: "false",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      ...extraEnv,
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Máy chủ dừng với mã ${server.exitCode}.`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill("SIGKILL");
  throw new Error("Máy chủ không sẵn sàng sau 60 giây.");
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
async function load(pathname: string, seconds: number, serverPid: number): Promise<RouteResult> {
  const latencies: number[] = [];
  let peakRss = treeRss(serverPid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(serverPid));
  }, 250);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: `${baseUrl}${pathname}`, connections, duration: seconds }, (error, done) =>
        error ? reject(error) : resolve(done),
      );
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

async function measureRoute(pathname: string, serverPid: number): Promise<RouteResult> {
  const check = await fetch(`${baseUrl}${pathname}`);
  if (!check.ok) throw new Error(`${pathname} trả về ${check.status}.`);
  await load(pathname, Math.min(2, duration), serverPid); // warm-up: JIT, caches, pool
  // Let the warm-up's last requests finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return load(pathname, duration, serverPid);
}

async function benchmark(
  provider: DatabaseProvider,
  size: number,
): Promise<{ run: RunResult; javascript: ShippedJavaScript }> {
  const { url, slug } = await prepareBenchDatabase(provider, size);
  const routes: Record<string, RouteResult> = {};
  let javascript: ShippedJavaScript;
  let server = await startServer(url);
  try {
    for (const route of ROUTES) {
      routes[route.key] = await measureRoute(route.path(slug), server.pid!);
      report(provider, size, route.label, routes[route.key]!);
    }
    javascript = await measureShippedJavaScript(baseUrl, { catalogue: "/projects", detail: `/projects/${slug}` });
  } finally {
    await stopServer(server);
  }
  server = await startServer(url, { CATALOGUE_CACHE: "off" });
  try {
    for (const route of ROUTES.filter((candidate) => UNCACHED.includes(candidate.key))) {
      routes[uncachedKey(route.key)] = await measureRoute(route.path(slug), server.pid!);
      report(provider, size, `${route.label} (no cache)`, routes[uncachedKey(route.key)]!);
    }
  } finally {
    await stopServer(server);
  }
  return { run: { provider, size, routes }, javascript };
}

function databaseVersion(): string {
  const result = spawnSync("psql", ["-At", "-c", "SHOW server_version", postgresServer], { encoding: "utf8" });
  return result.status === 0 ? `PostgreSQL ${result.stdout.trim()}` : "PostgreSQL (không rõ phiên bản)";
}

const ROUTE_LABELS: Record<string, string> = Object.fromEntries(
  ROUTES.flatMap((route) => [
    [route.key, route.label],
    [uncachedKey(route.key), `${route.label} (no cache)`],
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
      const measured = await benchmark(provider, size);
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
    settings: { connections, durationSeconds: duration, sizes, providers },
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
