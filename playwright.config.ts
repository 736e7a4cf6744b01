import crypto from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second app server on the same database, as production runs several (e2e/multi-server.spec.ts).
const SECOND_SERVER_URL = `http://127.0.0.1:${PORT + 1}`;

// The database under test (scripts/test/each-database.ts sets the provider); e2e-server.ts wipes it.
function e2eDatabaseUrl(): string {
  if (process.env.TEST_DATABASE_PROVIDER !== "postgresql") return "file:./data/e2e.db";
  const server = new URL(process.env.TEST_POSTGRES_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres");
  server.pathname = "/portal_e2e";
  return server.toString();
}

// Both servers must sign and read the same session cookies, as behind a load balancer.
const serverEnv = {
  DATABASE_URL: e2eDatabaseUrl(),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString("base64"),
};

// Playwright cannot download its browsers on machines without network: use Debian's Chromium
// unless CHROMIUM_PATH names another (leave both unset elsewhere to use Playwright's own).
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath: chromiumPath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "mobile",
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, isMobile: false, launchOptions },
      grep: /@mobile/,
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `${baseURL}/api/projects?page=1`,
      env: { ...serverEnv, PORT: String(PORT), NEXTAUTH_URL: baseURL },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Started after the first is up (Playwright starts them in order), on the database it prepared.
      command: "npx tsx scripts/e2e-server.ts",
      url: `${SECOND_SERVER_URL}/api/projects?page=1`,
      env: { ...serverEnv, PORT: String(PORT + 1), NEXTAUTH_URL: SECOND_SERVER_URL, E2E_SERVER_ROLE: "secondary" },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
