// When a failed message is tried again. The waits double — 1, 2, 4, 8 … minutes, at most 6 hours — so a
// short outage of the mail server costs a minute or two, and a long one is not hammered. With the
// default 8 attempts a message is given up about two hours after its first try.

export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 6 * 3_600_000;

/** How long to wait after the `attempt`-th failed attempt (1 for the first). */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
}

/** The SMTP error of one attempt, as far as the worker needs to know it. */
export interface SendFailure {
  message: string;
  /** The server's reply code (550 …), when it replied. */
  responseCode?: number;
  /** The SMTP command it replied to ("RCPT TO", "DATA", "AUTH PLAIN" …). */
  command?: string;
}

/**
 * Whether trying again cannot help: the server refused this recipient or this message for good (a 5xx
 * reply to RCPT TO or DATA). Everything else — no connection, a timeout, a 4xx "try later", even a
 * refused login — is retried, because it is the server or the settings that are wrong, not the mail,
 * and an operator who fixes them should find the mail still waiting.
 */
export function isPermanentFailure(failure: SendFailure): boolean {
  const code = failure.responseCode ?? 0;
  return code >= 500 && code < 600 && (failure.command === "RCPT TO" || failure.command === "DATA");
}
