import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDatabase } from "./database";
import { clientAs } from "./support";

// A spammer's scripts against "Nhận thông báo" (POST /api/alerts), which sends a confirmation mail to
// any address typed in: without a valid proof-of-work, with the honeypot filled, from another site, or
// many times for one address. Each is refused (or silently dropped), and no mail is queued for it.

async function stored(email: string) {
  const prisma = testDatabase();
  try {
    const [subscriptions, mails] = await Promise.all([
      prisma.alertSubscription.count({ where: { email } }),
      prisma.outboxMessage.count({ where: { kind: "alert.confirm", to: email } }),
    ]);
    return { subscriptions, mails };
  } finally {
    await prisma.$disconnect();
  }
}

async function solvedProof(client: APIRequestContext): Promise<string> {
  const challenge = (await (await client.get("/api/enquiries/challenge")).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const form = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  frequency: "DAILY",
  query: "sector=giao-thong",
  ...extra,
});

test("alert subscriptions without a valid proof-of-work, with the honeypot filled, or from another site mail no one", async ({
  baseURL,
}) => {
  const client = await clientAs(baseURL!, null);
  const send = (body: unknown, headers: Record<string, string> = { Origin: baseURL! }) =>
    client.post("/api/alerts", { headers, data: body });

  const missing = await send(form("khong-pow@victim.example"));
  expect(missing.status()).toBe(422);
  expect(((await missing.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.altcha?.[0]).toMatch(
    /hoàn tất bước xác minh/,
  );
  const forged = await send(
    form("gia-pow@victim.example", { altcha: Buffer.from('{"challenge":{},"solution":{}}').toString("base64") }),
  );
  expect(forged.status()).toBe(422);
  // Fields the form does not have (a status, a confirmation) are refused, not ignored.
  expect(
    (await send(form("them-truong@victim.example", { confirmedAt: "2026-01-01", altcha: await solvedProof(client) }))).status(),
  ).toBe(422);

  const trapped = await send(
    form("honeypot@victim.example", { website: "https://spam.example", altcha: await solvedProof(client) }),
  );
  expect(trapped.status()).toBe(202);

  const proof = await solvedProof(client);
  expect((await send(form("mot-lan@victim.example", { altcha: proof }))).status()).toBe(202);
  expect((await send(form("lan-hai@victim.example", { altcha: proof }))).status()).toBe(422);
  expect(
    (
      await send(form("cross@victim.example", { altcha: await solvedProof(client) }), { Origin: "https://evil.example" })
    ).status(),
  ).toBe(403);

  for (const email of [
    "khong-pow@victim.example",
    "gia-pow@victim.example",
    "them-truong@victim.example",
    "honeypot@victim.example",
    "lan-hai@victim.example",
    "cross@victim.example",
  ]) {
    expect(await stored(email), email).toEqual({ subscriptions: 0, mails: 0 });
  }
  expect(await stored("mot-lan@victim.example")).toEqual({ subscriptions: 1, mails: 1 });
});

test("one e-mail address is sent at most three confirmation requests an hour", async ({ baseURL }) => {
  const client = await clientAs(baseURL!, null);
  const email = "bi-lam-phien@victim.example";
  const statuses: number[] = [];
  for (let n = 0; n < 4; n += 1) {
    const response = await client.post("/api/alerts", {
      headers: { Origin: baseURL! },
      data: form(email, { query: `q=cang-${n}`, altcha: await solvedProof(client) }),
    });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(((await response.json()) as { message: string }).message).toMatch(/thử lại sau khoảng \d+ phút/);
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(3000);
    }
  }
  expect(statuses).toEqual([202, 202, 202, 429]);
  expect(await stored(email)).toEqual({ subscriptions: 3, mails: 3 });
});

test("confirmation and unsubscribe links refuse forged tokens, and a GET changes nothing", async ({ baseURL }) => {
  const client = await clientAs(baseURL!, null);
  const headers = { Origin: baseURL! };
  expect((await client.post(`/api/alerts/confirm/${"A".repeat(43)}`, { headers })).status()).toBe(404);
  expect((await client.post("/api/alerts/confirm/khong-hop-le", { headers })).status()).toBe(404);
  const forged = `cmijk2x0b0000abcdefghijk.${"A".repeat(43)}`;
  expect((await client.post(`/api/alerts/unsubscribe/${forged}`, { headers })).status()).toBe(404);
  const opened = await client.get(`/api/alerts/unsubscribe/${forged}`, { maxRedirects: 0 });
  expect(opened.status()).toBe(303);
  expect(new URL(opened.headers().location!).pathname).toBe(`/alerts/unsubscribe/${forged}`);
});
