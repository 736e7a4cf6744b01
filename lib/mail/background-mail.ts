import "server-only";
import { sendDueDigests } from "@/lib/alerts/send-due-digests";
import { db } from "@/lib/db/client";
import { readEnv } from "@/lib/env-schema";
import { logger } from "@/lib/log/logger";
import { newRequestId, runWithRequestId } from "@/lib/log/request-context.mjs";
import { enqueueDueNotices } from "@/lib/notifications/scheduled-notices";
import { drainOutbox, newWorkerId, type MailWorker } from "./mail-worker";
import { createSmtpSender } from "./smtp-sender";

/** Scheduled notices and alert digests are due at most daily; looking every quarter of an hour is plenty. */
const NOTICE_CHECK_INTERVAL_MS = 15 * 60_000;

/**
 * The mail work of one app server, every MAIL_POLL_INTERVAL_MS: put due scheduled notices in the
 * outbox, then send what is due. Without SMTP_URL nothing is sent; the outbox still fills, so
 * /admin/mail shows what would go out. Each round's log lines share one id, as a request's do.
 * Returns a stop function that lets the round in progress finish (a message half sent would
 * otherwise wait for its lease to expire and might go out twice).
 */
export function startBackgroundMail(): () => Promise<void> {
  const settings = readEnv();
  const worker: MailWorker | null =
    settings.SMTP_URL && settings.MAIL_FROM
      ? {
          db,
          sender: createSmtpSender(settings.SMTP_URL, settings.MAIL_FROM),
          workerId: newWorkerId(),
          maxAttempts: settings.MAIL_MAX_ATTEMPTS,
          log: logger,
        }
      : null;
  if (worker) logger.info({ workerId: worker.workerId }, "Mail worker started");
  else logger.warn("SMTP_URL is not set: mail stays in the outbox, readable at /admin/mail, and is not sent");

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let noticesCheckedAt = 0;

  async function round(): Promise<void> {
    if (Date.now() - noticesCheckedAt >= NOTICE_CHECK_INTERVAL_MS) {
      noticesCheckedAt = Date.now();
      const queued = await enqueueDueNotices(db);
      if (queued.length > 0) logger.info({ notices: queued }, "Scheduled notices queued");
      // Alerts' digests are due once a day or a week (lib/alerts/alert-period.ts), checked on the same
      // schedule: each subscription's period is claimed in the database, so every server may look.
      // A failure here must not hold up the mail already waiting to be sent.
      const digests = await sendDueDigests(db).catch((error: unknown) => {
        logger.error({ err: error }, "Alert digests failed");
        return null;
      });
      if (digests && digests.sent > 0) logger.info({ digests }, "Alert digests queued");
    }
    if (worker) await drainOutbox(worker);
  }

  function scheduleNext(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      current = runWithRequestId(newRequestId(), () =>
        round().catch((error: unknown) => logger.error({ err: error }, "Mail round failed")),
      );
      void current.then(scheduleNext);
    }, settings.MAIL_POLL_INTERVAL_MS);
    // The HTTP server keeps the process alive; this timer alone must not.
    timer.unref();
  }
  scheduleNext();

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
    worker?.sender.close();
  };
}
