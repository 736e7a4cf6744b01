// The outbox's sender. Every app server runs it (instrumentation.ts), and `npm run mail:send` runs it
// once; no "server-only" marker, because that script runs it outside Next.js with a client of its own.
//
// Exactly once across servers: a message is claimed by a conditional update — still PENDING, due, and
// not leased to anyone (or its lease expired) — that sets a lease (lockedUntil, lockedBy). Of several
// workers trying the same row, the database lets exactly one update match; the others move on. The
// lease outlasts any send by far (smtp-sender.ts bounds every wait), so a live worker always finishes
// its message first; a server that crashed mid-send leaves a lease that expires, and another server
// takes the message up again.
import crypto from "node:crypto";
import os from "node:os";
import type { Logger } from "pino";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isPermanentFailure, retryDelayMs, type SendFailure } from "./retry-policy";
import type { MailSender, OutgoingMail } from "./smtp-sender";

/** How long a claim holds: far longer than one send can take. */
export const LEASE_MS = 5 * 60_000;

/** Messages one worker sends per round before it lets the other servers have a turn. */
const ROUND_SIZE = 20;

/** Due messages a worker looks at when claiming; it tries them in random order, so workers seldom collide. */
const CANDIDATES = 10;

const LAST_ERROR_LENGTH = 1_000;

export interface MailWorker {
  db: PrismaClient;
  sender: MailSender;
  /** Who holds a lease, shown at /admin/mail: the server and its process. */
  workerId: string;
  maxAttempts: number;
  log: Logger;
  /** The clock; tests move it forward to reach a retry or an expired lease. */
  now?: () => Date;
}

export interface ClaimedMail extends OutgoingMail {
  kind: string;
  attempts: number;
  lockedUntil: Date;
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}

function dueWhere(now: Date, maxAttempts: number): Prisma.OutboxMessageWhereInput {
  return {
    status: "PENDING",
    nextAttemptAt: { lte: now },
    attempts: { lt: maxAttempts },
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
  };
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = crypto.randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Leases one due message to this worker, or returns null when none is left. Counting the attempt at
 * the claim means a message that crashes its server every time still runs out of attempts.
 */
export async function claimNextMail(worker: MailWorker): Promise<ClaimedMail | null> {
  const now = worker.now?.() ?? new Date();
  const due = dueWhere(now, worker.maxAttempts);
  const candidates = await worker.db.outboxMessage.findMany({
    where: due,
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: CANDIDATES,
    select: { id: true },
  });
  const lockedUntil = new Date(now.getTime() + LEASE_MS);
  for (const { id } of shuffled(candidates)) {
    // In a transaction: on SQLite the app's one connection may be inside another request's
    // transaction, and a bare write would join it (and roll back with it).
    const claimed = await worker.db.$transaction((tx) =>
      tx.outboxMessage.updateMany({
        where: { id, ...due },
        data: { lockedBy: worker.workerId, lockedUntil, attempts: { increment: 1 } },
      }),
    );
    if (claimed.count === 1) {
      const row = await worker.db.outboxMessage.findUniqueOrThrow({
        where: { id },
        select: { id: true, kind: true, to: true, subject: true, text: true, html: true, unsubscribeUrl: true, attempts: true },
      });
      return { ...row, lockedUntil };
    }
  }
  return null;
}

function failureOf(error: unknown): SendFailure {
  const details = (error ?? {}) as { message?: unknown; responseCode?: unknown; command?: unknown };
  return {
    message: String(details.message ?? error).slice(0, LAST_ERROR_LENGTH),
    responseCode: typeof details.responseCode === "number" ? details.responseCode : undefined,
    command: typeof details.command === "string" ? details.command : undefined,
  };
}

export type SendOutcome = "sent" | "retry" | "failed";

/**
 * Sends a claimed message and records the outcome, on the condition that the lease is still this
 * worker's: a worker that somehow outlived its lease does not overwrite what the next one did.
 */
async function sendClaimedMail(worker: MailWorker, mail: ClaimedMail): Promise<SendOutcome> {
  const lease = { id: mail.id, status: "PENDING" as const, lockedBy: worker.workerId, lockedUntil: mail.lockedUntil };
  let outcome: SendOutcome;
  let data: Prisma.OutboxMessageUpdateManyMutationInput;
  try {
    await worker.sender.send(mail);
    outcome = "sent";
    data = { status: "SENT", sentAt: worker.now?.() ?? new Date(), lockedUntil: null, lastError: null };
  } catch (error) {
    const failure = failureOf(error);
    const giveUp = isPermanentFailure(failure) || mail.attempts >= worker.maxAttempts;
    outcome = giveUp ? "failed" : "retry";
    const now = worker.now?.() ?? new Date();
    data = giveUp
      ? { status: "FAILED", lockedUntil: null, lastError: failure.message }
      : { lockedUntil: null, lastError: failure.message, nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)) };
    const context = {
      outboxId: mail.id,
      kind: mail.kind,
      attempt: mail.attempts,
      responseCode: failure.responseCode,
      error: failure.message,
    };
    if (giveUp) worker.log.error(context, "Mail failed; no more attempts");
    else worker.log.warn(context, "Mail attempt failed; will retry");
  }
  const recorded = await worker.db.$transaction((tx) => tx.outboxMessage.updateMany({ where: lease, data }));
  if (recorded.count === 0) worker.log.warn({ outboxId: mail.id }, "Mail lease expired before the outcome was recorded");
  else if (outcome === "sent") worker.log.info({ outboxId: mail.id, kind: mail.kind, attempt: mail.attempts }, "Mail sent");
  return outcome;
}

/**
 * Messages whose last attempt was claimed by a server that never came back: nothing will try them
 * again, so say so instead of leaving them pending forever.
 */
async function failAbandonedMail(worker: MailWorker): Promise<void> {
  const now = worker.now?.() ?? new Date();
  await worker.db.$transaction((tx) =>
    tx.outboxMessage.updateMany({
      where: { status: "PENDING", attempts: { gte: worker.maxAttempts }, lockedUntil: { lt: now } },
      data: { status: "FAILED", lockedUntil: null, lastError: "Máy chủ gửi thư dừng giữa chừng ở lần thử cuối cùng." },
    }),
  );
}

/** One round: claims and sends due messages one at a time until none is due or the round is full. */
export async function drainOutbox(worker: MailWorker, limit = ROUND_SIZE): Promise<Record<SendOutcome, number>> {
  const counts: Record<SendOutcome, number> = { sent: 0, retry: 0, failed: 0 };
  await failAbandonedMail(worker);
  for (let n = 0; n < limit; n += 1) {
    const mail = await claimNextMail(worker);
    if (!mail) break;
    counts[await sendClaimedMail(worker, mail)] += 1;
  }
  return counts;
}
