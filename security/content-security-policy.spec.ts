import { createHash } from "node:crypto";
import { expect, test } from "../e2e/fixtures";
import type { Page } from "@playwright/test";
import { signIn } from "../e2e/support";

const PUBLIC_PAGES = [
  "/",
  "/projects",
  "/projects?sector=giao-thong&q=duong",
  "/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong",
  "/du-lieu-mo",
  "/en",
  "/en/projects?sector=giao-thong",
  "/en/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong",
  "/en/open-data",
];

function scriptSources(policy: string): string[] {
  const directive = policy.split(";").find((part) => part.trim().startsWith("script-src"));
  expect(directive, "the policy has a script-src").toBeTruthy();
  return directive!.trim().split(/\s+/).slice(1);
}

/** Every script of the page as the server sent it, and whether the policy lets it run. */
async function disallowedScripts(page: Page, html: string, policy: string): Promise<string[]> {
  const sources = scriptSources(policy);
  const origin = new URL(page.url()).origin;
  const refused: string[] = [];
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) {
      if (new URL(src, origin).origin !== origin && !sources.includes(new URL(src, origin).origin)) refused.push(src);
      continue;
    }
    if (/type="application\/ld\+json"/.test(attributes!) || body!.length === 0) continue;
    const hash = `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`;
    const nonce = /\snonce="([^"]+)"/.exec(attributes!)?.[1];
    if (!sources.includes(hash) && !(nonce && sources.includes(`'nonce-${nonce}'`))) refused.push(body!.slice(0, 80));
  }
  return refused;
}

test("public pages allow each of their scripts by hash, never by 'unsafe-inline', and the browser runs them all", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of PUBLIC_PAGES) {
    const response = await page.request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy, `${path}: no per-request nonce on a page rendered for everyone`).not.toContain("'nonce-");
    expect(
      scriptSources(policy).some((source) => source.startsWith("'sha256-")),
      path,
    ).toBe(true);
    await page.goto(path);
    expect(await disallowedScripts(page, await response.text(), policy), path).toEqual([]);
  }
  // The scripts did run: the catalogue's client-side filter form answers, and nothing was refused.
  await page.goto("/projects");
  await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
  await expect(page).toHaveURL(/sector=giao-thong/);
  expect(violations).toEqual([]);
});

test("signed-in pages keep a fresh nonce per response, and no 'unsafe-inline' for scripts", async ({ page, data }) => {
  await signIn(page, await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) }));
  const nonces = new Set<string>();
  for (const path of ["/dashboard", "/projects", "/dashboard"]) {
    const response = await page.request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    await page.goto(path);
    expect(await disallowedScripts(page, await response.text(), policy), path).toEqual([]);
  }
  expect(nonces.size).toBe(3);
});
