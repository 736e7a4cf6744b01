// No "server-only" marker: `npm run alerts:send` queues digests from the command line with it.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MailMessage {
  /** What the mail is about, e.g. "auth.invitation" or "review.waiting". */
  kind: string;
  to: string;
  subject: string;
  /** The plain-text part, always present: plain Vietnamese, with the exact link to the page. */
  text: string;
  html?: string;
  /** For mail a person subscribed to (alerts): where one click unsubscribes (List-Unsubscribe). */
  unsubscribeUrl?: string;
}

/**
 * Puts a mail in the outbox inside the caller's transaction: it is sent if and only if the change that
 * caused it commits, and exactly once, by whichever app server's worker claims it first.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, message: MailMessage): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      kind: message.kind,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      unsubscribeUrl: message.unsubscribeUrl ?? null,
    },
  });
}
