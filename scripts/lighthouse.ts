/**
 * `npm run lighthouse`: Lighthouse's mobile audit (simulated mid-range phone on a slow 4G network, its
 * default) of the home page, the catalogue and a project page, in Vietnamese and in English, run with Debian's Chromium against the
 * production server on the demo data, and the targets of issue 16: performance ≥ 95 and total
 * blocking time ≤ 150 ms on each page. Lighthouse itself is fetched by npx on first use (pinned), not
 * installed with the portal: it is large and only this script needs it.
 *
 *   npm run lighthouse                      starts its own server on a scratch demo database
 *   npm run lighthouse -- --url https://…   audits a running portal instead
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "./db/migrations-folder";

const LIGHTHOUSE = "lighthouse@12.8.2";
const TARGETS = { performance: 95, totalBlockingTimeMs: 150 };
const PROJECT = "/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong";
// Each page in both languages: search engines index the English pages too (issue 15).
const PAGES = ["/", "/projects", PROJECT, "/en", "/en/projects", `/en${PROJECT}`];

const { values: options } = parseArgs({
  options: { url: { type: "string" }, port: { type: "string", default: "3450" } },
});
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Không thấy Chromium (${chromium}): apt-get install chromium, hoặc đặt CHROMIUM_PATH.`);
  process.exit(1);
}

async function startDemoServer(port: number): Promise<{ url: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lighthouse-"));
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `file:${path.join(dir, "demo.db")}`,
        UPLOAD_DIR: path.join(dir, "uploads"),
        PORTAL_DEMO: "true",
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
        LOG_LEVEL: "warn",
      },
    },
  );
  const url = `http://localhost:${port}`;
  const stop = () => {
    if (server.exitCode === null) process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || server.exitCode !== null) {
      stop();
      throw new Error("Máy chủ không khởi động.");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface Audit {
  performance: number;
  seo: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

function audit(url: string): Audit {
  const output = path.join(os.tmpdir(), `lighthouse-${crypto.randomUUID()}.json`);
  const result = spawnSync(
    "npx",
    [
      "-y",
      LIGHTHOUSE,
      url,
      "--only-categories=performance,seo",
      "--output=json",
      `--output-path=${output}`,
      `--chrome-path=${chromium}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--quiet",
    ],
    { cwd: os.tmpdir(), stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (result.status !== 0) throw new Error(`Lighthouse thất bại trên ${url}.`);
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue: number }>;
  };
  fs.rmSync(output, { force: true });
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    seo: Math.round(report.categories.seo!.score * 100),
    totalBlockingTimeMs: Math.round(report.audits["total-blocking-time"]!.numericValue),
    largestContentfulPaintMs: Math.round(report.audits["largest-contentful-paint"]!.numericValue),
  };
}

const server = options.url
  ? { url: options.url.replace(/\/$/, ""), stop: () => {} }
  : await startDemoServer(Number(options.port));
let missed = 0;
try {
  for (const page of PAGES) {
    const measured = audit(`${server.url}${page}`);
    const met = measured.performance >= TARGETS.performance && measured.totalBlockingTimeMs <= TARGETS.totalBlockingTimeMs;
    if (!met) missed += 1;
    console.log(
      `${met ? "✓" : "✗"} ${page}: performance ${measured.performance} (≥ ${TARGETS.performance}), ` +
        `total blocking time ${measured.totalBlockingTimeMs} ms (≤ ${TARGETS.totalBlockingTimeMs}), ` +
        `LCP ${measured.largestContentfulPaintMs} ms, SEO ${measured.seo}`,
    );
  }
} finally {
  server.stop();
}
process.exit(missed > 0 ? 1 : 0);
