// `npm run mail:send`: one pass of the mail worker from the command line — sends every message due now
// and exits. The app servers do the same every few seconds (instrumentation.ts); this is for tests and
// for an operator who wants to see a send happen (the worker's log lines go to standard output).
import { createPrismaClient } from "@/lib/db/create-client";
import { readEnv } from "@/lib/env-schema";
import { logger } from "@/lib/log/logger";
import { drainOutbox, newWorkerId, type MailWorker } from "@/lib/mail/mail-worker";
import { createSmtpSender } from "@/lib/mail/smtp-sender";

const settings = readEnv();
if (!settings.SMTP_URL || !settings.MAIL_FROM) {
  console.error("SMTP_URL chưa được đặt: không có máy chủ thư để gửi. Xem mục “Đưa vào vận hành” trong README.");
  process.exit(1);
}

const worker: MailWorker = {
  db: createPrismaClient(),
  sender: createSmtpSender(settings.SMTP_URL, settings.MAIL_FROM),
  workerId: newWorkerId(),
  maxAttempts: settings.MAIL_MAX_ATTEMPTS,
  log: logger,
};
const total = { sent: 0, retry: 0, failed: 0 };
try {
  for (;;) {
    const round = await drainOutbox(worker);
    total.sent += round.sent;
    total.retry += round.retry;
    total.failed += round.failed;
    if (round.sent + round.retry + round.failed === 0) break;
  }
} finally {
  worker.sender.close();
  await worker.db.$disconnect();
}
console.log(`Đã gửi ${total.sent} thư; ${total.retry} thư sẽ được gửi lại sau; ${total.failed} thư không gửi được.`);
