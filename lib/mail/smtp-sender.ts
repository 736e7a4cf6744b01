import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

/** One outbox message as the sender needs it. */
export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** An alert's one-click unsubscribe address: sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058). */
  unsubscribeUrl?: string | null;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// Every wait on the mail server is bounded well inside the worker's lease (mail-worker.ts), so a
// message is finished or given back long before another server could take it over.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/** nodemailer's options for SMTP_URL: smtp:// upgrades with STARTTLS when offered, smtps:// is TLS from the start. */
function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ...TIMEOUTS,
  };
}

/** The domain of the sender's address, for Message-IDs: "Cổng <a@kiengiang.gov.vn>" → "kiengiang.gov.vn". */
function senderDomain(from: string): string {
  return /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

/**
 * Sends through the SMTP server SMTP_URL names, as MAIL_FROM. The Message-ID is made from the outbox
 * row's id, so if a message ever went out twice (a server stopped between the mail server's "OK" and
 * recording it), mail clients would show it once.
 */
export function createSmtpSender(smtpUrl: string, from: string): MailSender {
  const transporter = nodemailer.createTransport(smtpOptions(smtpUrl));
  const domain = senderDomain(from);
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: `<${mail.id}@${domain}>`,
        // RFC 3834: tells out-of-office responders not to answer a machine.
        headers: {
          "Auto-Submitted": "auto-generated",
          // RFC 8058: the mail client's "Unsubscribe" button POSTs to the address, no page to open.
          ...(mail.unsubscribeUrl ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
        },
        list: mail.unsubscribeUrl ? { unsubscribe: mail.unsubscribeUrl } : undefined,
      });
    },
    close: () => transporter.close(),
  };
}
