import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { startTestSmtpServer, type TestSmtpServer } from "@/tests/support/test-smtp-server";
import { claimNextMail, drainOutbox, LEASE_MS, type MailWorker } from "./mail-worker";
import { FIRST_RETRY_DELAY_MS } from "./retry-policy";
import { createSmtpSender } from "./smtp-sender";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let smtp: TestSmtpServer;
const FROM = "Cổng thông tin kêu gọi đầu tư <congthongtin@kiengiang.gov.vn>";
const T0 = new Date("2026-12-01T01:00:00.000Z");
const silent = pino({ level: "silent" });

function worker(workerId: string, options: { db?: PrismaClient; at?: () => Date; maxAttempts?: number } = {}): MailWorker {
  return {
    db: options.db ?? prisma,
    sender: createSmtpSender(smtp.url, FROM),
    workerId,
    maxAttempts: options.maxAttempts ?? 8,
    log: silent,
    now: options.at ?? (() => T0),
  };
}

async function enqueue(count: number, to = "nguoinhan@kiengiang.gov.vn") {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const row = await prisma.outboxMessage.create({
      data: {
        kind: "review.waiting",
        to,
        subject: `Hồ sơ chờ duyệt số ${n + 1}`,
        text: `Thư số ${n + 1}: Đường ven biển Hòn Đất.`,
        nextAttemptAt: T0,
      },
    });
    ids.push(row.id);
  }
  return ids;
}

beforeAll(async () => {
  prisma = integration.prisma;
  smtp = await startTestSmtpServer();
});
afterAll(async () => smtp?.close());
beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
  smtp.received.length = 0;
  smtp.refuse = () => null;
});

describe("the mail worker", () => {
  it("sends a waiting message through the SMTP server, as plain Vietnamese text with a Message-ID of its own", async () => {
    const [id] = await enqueue(1);
    const sender = worker("may-chu-1");
    expect(await drainOutbox(sender)).toEqual({ sent: 1, retry: 0, failed: 0 });
    sender.sender.close();

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe("Hồ sơ chờ duyệt số 1");
    expect(mail.text?.trim()).toBe("Thư số 1: Đường ven biển Hòn Đất.");
    expect(mail.html).toBe(false);
    expect(mail.from?.value).toEqual([{ name: "Cổng thông tin kêu gọi đầu tư", address: "congthongtin@kiengiang.gov.vn" }]);
    expect(mail.messageId).toBe(`<${id}@kiengiang.gov.vn>`);
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "SENT",
      attempts: 1,
      lockedUntil: null,
      lockedBy: "may-chu-1",
      lastError: null,
      sentAt: T0,
    });
  });

  it("sends each of 100 messages exactly once when 20 workers drain the outbox at once", async () => {
    const ids = await enqueue(100);
    // On PostgreSQL each worker has a connection pool of its own, as separate servers would. An app
    // process on SQLite has one connection (better-sqlite3 is synchronous: a second connection in the
    // same process waiting for the write lock would block the thread that holds it), so there the
    // workers share it and race between their awaits, as requests and the worker do in one server;
    // two processes on one SQLite file are the end-to-end test's.
    const separate = integration.database.provider === "postgresql";
    const clients = separate ? Array.from({ length: 20 }, () => createPrismaClient(integration.database.url)) : [];
    try {
      const workers = Array.from({ length: 20 }, (_, n) => worker(`may-chu-${n}`, { db: clients[n] ?? prisma }));
      await Promise.all(
        workers.map(async (each) => {
          for (;;) {
            const round = await drainOutbox(each);
            if (round.sent + round.retry + round.failed === 0) break;
          }
          each.sender.close();
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    const messageIds = smtp.received.map((mail) => mail.messageId);
    expect(messageIds).toHaveLength(100);
    expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}@kiengiang.gov.vn>`)));
    const rows = await prisma.outboxMessage.findMany();
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
    // Not one worker that happened to win every race: the claims were spread.
    expect(new Set(rows.map((row) => row.lockedBy)).size).toBeGreaterThan(1);
  });

  it("retries a refused message after 1, then 2 minutes, and gives up with the server's answer after the last attempt", async () => {
    smtp.refuse = () => ({ responseCode: 451, message: "Mailbox busy, try again later" });
    const [id] = await enqueue(1);
    let now = T0;
    const sender = worker("may-chu-1", { at: () => now, maxAttempts: 3 });
    const row = () => prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 1, failed: 0 });
    expect(await row()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lockedUntil: null,
      nextAttemptAt: new Date(T0.getTime() + FIRST_RETRY_DELAY_MS),
    });
    expect((await row()).lastError).toContain("451");

    now = new Date(T0.getTime() + FIRST_RETRY_DELAY_MS - 1);
    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 0, failed: 0 });

    now = new Date(T0.getTime() + FIRST_RETRY_DELAY_MS);
    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 1, failed: 0 });
    expect(await row()).toMatchObject({ attempts: 2, nextAttemptAt: new Date(now.getTime() + 2 * FIRST_RETRY_DELAY_MS) });

    now = new Date(now.getTime() + 2 * FIRST_RETRY_DELAY_MS);
    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 0, failed: 1 });
    const failed = await row();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3, lockedUntil: null });
    expect(failed.lastError).toContain("451 Mailbox busy, try again later");

    now = new Date(now.getTime() + 24 * 3_600_000);
    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 0, failed: 0 });
    sender.sender.close();
    expect(smtp.received).toHaveLength(0);
  });

  it("sends on the next attempt once the mail server is back", async () => {
    let refusing = true;
    smtp.refuse = () => (refusing ? { responseCode: 421, message: "Service not available" } : null);
    const [id] = await enqueue(1);
    let now = T0;
    const sender = worker("may-chu-1", { at: () => now });
    expect(await drainOutbox(sender)).toEqual({ sent: 0, retry: 1, failed: 0 });
    refusing = false;
    now = new Date(T0.getTime() + FIRST_RETRY_DELAY_MS);
    expect(await drainOutbox(sender)).toEqual({ sent: 1, retry: 0, failed: 0 });
    sender.sender.close();
    expect(smtp.received).toHaveLength(1);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
    });
  });

  it("gives up at once when the server refuses the recipient for good, and goes on with the others", async () => {
    smtp.refuse = (recipient) =>
      recipient === "khong-ton-tai@kiengiang.gov.vn" ? { responseCode: 550, message: "No such user" } : null;
    const [unknown] = await enqueue(1, "khong-ton-tai@kiengiang.gov.vn");
    await enqueue(1);
    const sender = worker("may-chu-1");
    expect(await drainOutbox(sender)).toEqual({ sent: 1, retry: 0, failed: 1 });
    sender.sender.close();
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: unknown } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toContain("No such user");
  });

  it("leaves a message claimed by a server that crashed until its lease expires, then another server sends it once", async () => {
    const [id] = await enqueue(1);
    const crashed = await claimNextMail(worker("may-chu-hong"));
    expect(crashed?.id).toBe(id);

    let now = new Date(T0.getTime() + LEASE_MS - 1);
    const survivor = worker("may-chu-con-lai", { at: () => now });
    expect(await drainOutbox(survivor)).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);

    now = new Date(T0.getTime() + LEASE_MS + 1);
    expect(await drainOutbox(survivor)).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(await drainOutbox(survivor)).toEqual({ sent: 0, retry: 0, failed: 0 });
    survivor.sender.close();
    expect(smtp.received).toHaveLength(1);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lockedBy: "may-chu-con-lai",
    });
  });

  it("marks failed a message whose last attempt died with its server, instead of leaving it pending forever", async () => {
    const [id] = await enqueue(1);
    await claimNextMail(worker("may-chu-hong", { maxAttempts: 1 }));
    const later = worker("may-chu-con-lai", { at: () => new Date(T0.getTime() + LEASE_MS + 1), maxAttempts: 1 });
    expect(await drainOutbox(later)).toEqual({ sent: 0, retry: 0, failed: 0 });
    later.sender.close();
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null });
    expect(row.lastError).toContain("dừng giữa chừng");
    expect(smtp.received).toHaveLength(0);
  });
});
