import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_SMTP_PASSWORD, e2eServerLog } from "@/scripts/e2e-services";
import { signInThroughForm } from "./support";

// The first app server's standard output goes to a file (playwright.config.ts): these read it.

function logLines(): Record<string, unknown>[] {
  return fs
    .readFileSync(e2eServerLog(), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("a failed sign-in is logged with its request id, and never with the password", async ({ page }) => {
  const password = `Sai-${Date.now()}-mật-khẩu`;
  const account = `nhat-ky-${Date.now()}@demo.local`;
  await page.goto("/login");
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/login"));
  await signInThroughForm(page, account, password);
  const requestId = (await answer).headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.locator("form [role=alert]")).toHaveText("Email hoặc mật khẩu không đúng.");

  let lines: Record<string, unknown>[] = [];
  await expect.poll(() => (lines = logLines().filter((line) => line.requestId === requestId)).length).toBeGreaterThan(0);
  expect(lines).toContainEqual(expect.objectContaining({ level: "warn", msg: "Sign-in failed", account, requestId }));
  const log = fs.readFileSync(e2eServerLog(), "utf8");
  expect(log).not.toContain(password);
  expect(log).not.toContain(E2E_SMTP_PASSWORD);
});

test("every response names its request id, and a proxy it does not trust cannot choose it", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "X-Request-Id": "chon-san-boi-ke-tan-cong" } });
  const id = response.headers()["x-request-id"];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const another = (await request.get("/api/health")).headers()["x-request-id"];
  expect(another).not.toBe(id);
});
