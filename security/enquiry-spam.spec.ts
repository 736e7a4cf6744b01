import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDatabase } from "./database";
import { clientAs } from "./support";

// A spammer's scripts against "Quan tâm dự án này": no proof-of-work, a forged or reused one, the
// honeypot filled, and many messages from one e-mail. Each is refused (or silently dropped) and
// nothing reaches the unit's inbox or the outbox.

async function publishedProject(): Promise<{ id: string }> {
  const prisma = testDatabase();
  try {
    return await prisma.project.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { not: null } }, select: { id: true } });
  } finally {
    await prisma.$disconnect();
  }
}

async function stored(email: string) {
  const prisma = testDatabase();
  try {
    const [enquiries, mails] = await Promise.all([
      prisma.enquiry.count({ where: { email } }),
      prisma.outboxMessage.count({ where: { kind: "enquiry.received", text: { contains: email } } }),
    ]);
    return { enquiries, mails };
  } finally {
    await prisma.$disconnect();
  }
}

/** What the widget does in the browser: fetch a challenge from the portal and solve it. */
async function solvedProof(client: APIRequestContext): Promise<string> {
  const challenge = (await (await client.get("/api/enquiries/challenge")).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const form = (email: string, extra: Record<string, unknown> = {}) => ({
  name: "Spam Bot",
  organization: "Bot Inc.",
  country: "Nowhere",
  email,
  phone: "",
  message: "Buy cheap followers now, best price!!!",
  consent: true,
  ...extra,
});

test("expressions of interest without a valid proof-of-work, or with the honeypot filled, never reach anyone", async ({
  baseURL,
}) => {
  const { id } = await publishedProject();
  const client = await clientAs(baseURL!, null);
  const send = (body: unknown, headers: Record<string, string> = { Origin: baseURL! }) =>
    client.post(`/api/projects/${id}/enquiries`, { headers, data: body });

  const missing = await send(form("khong-pow@spam.example"));
  expect(missing.status()).toBe(422);
  expect(((await missing.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.altcha?.[0]).toMatch(
    /hoàn tất bước xác minh/,
  );
  const forged = await send(
    form("gia-pow@spam.example", { altcha: Buffer.from('{"challenge":{},"solution":{}}').toString("base64") }),
  );
  expect(forged.status()).toBe(422);
  const widgetTestMode = Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString("base64");
  expect((await send(form("test-mode@spam.example", { altcha: widgetTestMode }))).status()).toBe(422);

  // The honeypot: answered like a success, so the bot learns nothing, and dropped.
  const trapped = await send(
    form("honeypot@spam.example", { website: "https://spam.example", altcha: await solvedProof(client) }),
  );
  expect(trapped.status()).toBe(201);

  // A solved proof is good once; and a page of another origin cannot post at all.
  const proof = await solvedProof(client);
  expect((await send(form("mot-lan@spam.example", { altcha: proof }))).status()).toBe(201);
  expect((await send(form("lan-hai@spam.example", { altcha: proof }))).status()).toBe(422);
  expect(
    (await send(form("cross@spam.example", { altcha: await solvedProof(client) }), { Origin: "https://evil.example" })).status(),
  ).toBe(403);

  for (const email of [
    "khong-pow@spam.example",
    "gia-pow@spam.example",
    "test-mode@spam.example",
    "honeypot@spam.example",
    "lan-hai@spam.example",
    "cross@spam.example",
  ]) {
    expect(await stored(email), email).toEqual({ enquiries: 0, mails: 0 });
  }
  expect(await stored("mot-lan@spam.example")).toEqual({ enquiries: 1, mails: 1 });
});

test("one e-mail address may send three expressions of interest an hour; the fourth waits", async ({ baseURL }) => {
  const { id } = await publishedProject();
  const client = await clientAs(baseURL!, null);
  const email = "gui-nhieu@spam.example";
  const statuses: number[] = [];
  let refused: { message: string; retryAfter?: string } | undefined;
  for (let n = 0; n < 4; n += 1) {
    const response = await client.post(`/api/projects/${id}/enquiries`, {
      headers: { Origin: baseURL! },
      data: form(email, { altcha: await solvedProof(client), message: `Tin nhắn số ${n + 1} về dự án này.` }),
    });
    statuses.push(response.status());
    if (response.status() === 429)
      refused = {
        message: ((await response.json()) as { message: string }).message,
        retryAfter: response.headers()["retry-after"],
      };
  }
  expect(statuses).toEqual([201, 201, 201, 429]);
  expect(refused?.message).toMatch(/thử lại sau khoảng \d+ phút/);
  expect(Number(refused?.retryAfter)).toBeGreaterThan(3000);
  expect(await stored(email)).toEqual({ enquiries: 3, mails: 3 });
});
