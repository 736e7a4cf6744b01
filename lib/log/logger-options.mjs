// How every log line is written, shared by the app's logger (lib/log/logger.ts) and the custom server's
// own lines (scripts/server.mjs): one JSON object per line on standard output, with the request id of
// the work in progress, and never a secret.
import { currentRequestId } from "./request-context.mjs";

/** Keys whose values never reach a log, at any of the first levels of a logged object. */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "tokenHash",
  "csrfToken",
  "secret",
  "cookie",
  "cookies",
  "set-cookie",
  "authorization",
  "smtpUrl",
  "SMTP_URL",
  "NEXTAUTH_SECRET",
  "DATABASE_URL",
];

const accessor = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);

const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [
  accessor(key).replace(/^\./, ""),
  `*${accessor(key)}`,
  `*.*${accessor(key)}`,
  `*.*.*${accessor(key)}`,
]);

const REDACTED = "[redacted]";

// user:password@ in any URL of a message or an error (a database or SMTP address quoted by a driver).
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/"]*:)[^\s@/"]+@/gi;

/** @param {string} level */
export function loggerOptions(level = "info") {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    hooks: { streamWrite: (line) => line.replace(URL_CREDENTIALS, `$1${REDACTED}@`) },
  };
}
