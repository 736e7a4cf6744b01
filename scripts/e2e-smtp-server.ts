// The browser tests' mail server, started by Playwright before the app servers (playwright.config.ts):
// smtp-server, in plain SMTP with a login, on E2E_SMTP_PORT. Each accepted message is written whole to
// data/e2e-mail-<port>/, where the specs read and parse it (e2e/mailbox.ts). Nothing external runs.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { E2E_SMTP_PASSWORD, E2E_SMTP_PORT, E2E_SMTP_USER, e2eMailDir } from "./e2e-services";

const directory = e2eMailDir();
fs.rmSync(directory, { recursive: true, force: true });
fs.mkdirSync(directory, { recursive: true });

// A real server takes a moment per message; without it one app server could empty the outbox before
// the other polls, and the two-server test would not test two servers.
const ACCEPT_DELAY_MS = 50;
let received = 0;

const server = new SMTPServer({
  // Plain SMTP on the loopback: no certificate to make, and the login still travels as in production.
  disabledCommands: ["STARTTLS"],
  allowInsecureAuth: true,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === E2E_SMTP_USER && auth.password === E2E_SMTP_PASSWORD) callback(null, { user: auth.username });
    else callback(new Error("Sai tên đăng nhập hoặc mật khẩu máy chủ thư"));
  },
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received += 1;
      const file = path.join(directory, `${String(received).padStart(6, "0")}.eml`);
      setTimeout(() => {
        fs.writeFileSync(file, Buffer.concat(chunks));
        callback();
      }, ACCEPT_DELAY_MS);
    });
  },
});
server.listen(E2E_SMTP_PORT, "127.0.0.1", () =>
  console.log(`Máy chủ thư kiểm thử: smtp://127.0.0.1:${E2E_SMTP_PORT}, thư lưu ở ${directory}`),
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
