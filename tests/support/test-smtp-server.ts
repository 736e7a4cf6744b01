import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

/** An SMTP refusal as the server sends it: a reply code and its text. */
type Refusal = { responseCode: number; message: string } | null;

export interface TestSmtpServer {
  port: number;
  /** An SMTP_URL for this server, with the login it requires. */
  url: string;
  /** Every message accepted so far, parsed, in the order they arrived. */
  received: ParsedMail[];
  /** Decides, per recipient, whether to refuse it (null: accept). */
  refuse: (recipient: string) => Refusal;
  close(): Promise<void>;
}

const TEST_SMTP_USER = "cong-thong-tin";
/** With an "@" and a space, to show they survive the trip through SMTP_URL's percent-encoding. */
const TEST_SMTP_PASSWORD = "mật khẩu@máy chủ thư";

/**
 * A real SMTP server (smtp-server) on a free loopback port, in the test's own process: plain SMTP with
 * a login, as the portal's mail server would be, keeping what it accepts for the test to read.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const state = { received: [] as ParsedMail[], refuse: (() => null) as TestSmtpServer["refuse"] };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === TEST_SMTP_USER && auth.password === TEST_SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const refusal = state.refuse(address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.responseCode }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          state.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${encodeURIComponent(TEST_SMTP_USER)}:${encodeURIComponent(TEST_SMTP_PASSWORD)}@127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get refuse() {
      return state.refuse;
    },
    set refuse(decide) {
      state.refuse = decide;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
