import crypto from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT, e2eDatabaseUrl } from "./scripts/e2e-database";
import { E2E_SMTP_PASSWORD, E2E_SMTP_PORT, E2E_SMTP_USER, e2eServerLog } from "./scripts/e2e-services";

const PORT = E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
// A second app server on the same database, as production runs several (e2e/multi-server.spec.ts).
const SECOND_SERVER_URL = `http://127.0.0.1:${PORT + 1}`;

// Both servers must sign and read the same session cookies, as behind a load balancer, and both send
// mail through the run's own SMTP server (scripts/e2e-smtp-server.ts, started first below), looking
// for mail every second so the specs need not wait long for it.
// The secret is put in the environment so the test workers, forked from this process, share it: a spec
// that runs a command-line script against the servers' database (e2e/alerts.spec.ts: `npm run
// alerts:send`) signs links the servers accept.
process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString("base64");
const serverEnv = {
  DATABASE_URL: e2eDatabaseUrl(PORT),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
  SMTP_URL: `smtp://${E2E_SMTP_USER}:${E2E_SMTP_PASSWORD}@127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_FROM: "Cổng thông tin kêu gọi đầu tư <congthongtin@e2e.local>",
  MAIL_POLL_INTERVAL_MS: "1000",
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
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  // Fails the run if a spec changed a row the seed wrote: specs work on their own data (e2e/fixtures.ts).
  globalSetup: "./e2e/seed-guard.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Tests tagged @mobile run at both widths; @phone ones only at 375 px.
    { name: "desktop", testDir: "e2e", use: { ...devices["Desktop Chrome"], launchOptions }, grepInvert: /@phone/ },
    {
      name: "mobile",
      testDir: "e2e",
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, isMobile: false, launchOptions },
      grep: /@mobile|@phone/,
    },
    // npm run test:security: an attacker's scripts against the same two servers (security/).
    { name: "security", testDir: "security", use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: [
    {
      // The mail server: a real SMTP server in a Node process of its own, writing what it accepts to
      // data/e2e-mail-<port>/ for the specs to read (e2e/mailbox.ts). Up before the app servers.
      command: "npx tsx scripts/e2e-smtp-server.ts",
      port: E2E_SMTP_PORT,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Its log lines go to a file the specs read (e2e/logs.spec.ts); Playwright runs this in a shell.
      command: `mkdir -p data && npx tsx scripts/e2e-server.ts > ${JSON.stringify(e2eServerLog(PORT))}`,
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
