import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInThroughForm } from "../e2e/support";

// A PostgreSQL "server" that accepts connections and never says a word: the worst kind of sick
// database, which pg's defaults would wait on forever. An app server of its own points at it.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BASE = `http://127.0.0.1:${PORT}`;
let silentDatabase: net.Server;
let app: ChildProcess;
const sockets: net.Socket[] = [];

test.beforeAll(async () => {
  silentDatabase = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silentDatabase.listen(0, "127.0.0.1", resolve));
  const databasePort = (silentDatabase.address() as net.AddressInfo).port;
  app = spawn(process.execPath, [path.resolve("scripts/server.mjs")], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: `postgresql://portal@127.0.0.1:${databasePort}/portal`,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    },
    stdio: "ignore",
  });
  for (let tries = 0; tries < 100; tries += 1) {
    if (
      await fetch(`${BASE}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the app server did not start");
});

test.afterAll(async () => {
  app?.kill();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silentDatabase?.close(resolve));
});

/** Generous against the configured 3 s connection timeout, far below the 20 s hang it replaces. */
const PROMPTLY_MS = 10_000;

test("a database that never answers gives plain Vietnamese errors within seconds, never a hang or a driver message", async ({
  page,
}) => {
  test.slow();
  expect((await page.request.get(`${BASE}/api/health`)).status()).toBe(200);

  let started = Date.now();
  const ready = await page.request.get(`${BASE}/api/ready`);
  expect(ready.status()).toBe(503);
  expect(await ready.json()).toEqual({ status: "unavailable", message: "Máy chủ chưa kết nối được cơ sở dữ liệu." });
  expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);

  started = Date.now();
  const catalogue = await page.goto(`${BASE}/projects`);
  expect(catalogue?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Đã có lỗi xảy ra" })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);

  await page.goto(`${BASE}/login`);
  started = Date.now();
  await signInThroughForm(page, "district@demo.local");
  await expect(page.locator("form [role=alert]")).toHaveText(
    "Hệ thống đang bận, chưa đăng nhập được. Vui lòng thử lại sau ít phút.",
    {
      timeout: PROMPTLY_MS,
    },
  );
  expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);

  for (const url of ["/projects", "/api/projects", "/login", "/projects/duong-ven-bien"]) {
    const body = await (await page.request.get(`${BASE}${url}`)).text();
    expect(body, url).not.toMatch(/prisma|ECONN|pg_|connection terminated|timeout exceeded|stack/i);
  }
});
