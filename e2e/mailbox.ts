import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eMailDir } from "@/scripts/e2e-services";

/** Every message the run's SMTP server has accepted so far (playwright.config.ts), parsed, oldest first. */
export async function receivedMail(): Promise<ParsedMail[]> {
  const directory = e2eMailDir();
  const files = fs.existsSync(directory)
    ? fs
        .readdirSync(directory)
        .filter((file) => file.endsWith(".eml"))
        .sort()
    : [];
  return Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(directory, file)))));
}

/** Waits until the mail server has received at least `count` messages matching `wanted`, and returns them. */
export async function waitForMail(wanted: (mail: ParsedMail) => boolean, count = 1, timeout = 30_000): Promise<ParsedMail[]> {
  let found: ParsedMail[] = [];
  await expect
    .poll(async () => (found = (await receivedMail()).filter(wanted)).length, {
      timeout,
      message: "mail did not arrive at the test SMTP server",
    })
    .toBeGreaterThanOrEqual(count);
  return found;
}

export function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((address) => address.value.map((entry) => entry.address ?? ""));
}

/** The links in a mail's text part. */
export function linksIn(mail: ParsedMail): string[] {
  return mail.text?.match(/https?:\/\/\S+/g) ?? [];
}
