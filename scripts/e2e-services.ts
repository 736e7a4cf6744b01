// What the browser tests run beside the app servers, on ports and files of the run's own (by E2E_PORT,
// so two checkouts never share them): a real SMTP server (scripts/e2e-smtp-server.ts) two ports above
// the first app server, which keeps every message it accepts as an .eml file, and the first app
// server's log, which the specs read.
import path from "node:path";
import { E2E_PORT } from "./e2e-database";

const DATA_DIR = path.resolve(import.meta.dirname, "..", "data");

export const E2E_SMTP_PORT = E2E_PORT + 2;

/** The login the app servers are given in SMTP_URL, and the SMTP server requires. */
export const E2E_SMTP_USER = "cong-thong-tin";
export const E2E_SMTP_PASSWORD = "mat-khau-may-chu-thu-e2e";

export function e2eMailDir(smtpPort: number = E2E_SMTP_PORT): string {
  return path.join(DATA_DIR, `e2e-mail-${smtpPort}`);
}

/** Where the first app server's standard output (its JSON log lines) goes. */
export function e2eServerLog(port: number = E2E_PORT): string {
  return path.join(DATA_DIR, `e2e-server-${port}.log`);
}
