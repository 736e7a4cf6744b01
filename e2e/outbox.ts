import { expect } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";

// The browser tests' own look into the database the servers use: what the outbox holds (what the
// test SMTP server then received is read by mailbox.ts). Accounts for one test: fixtures.ts.

function testDatabase() {
  return createPrismaClient(e2eDatabaseUrl(E2E_PORT));
}

/** The link (path only) in the newest mail of a kind to an address, waiting for it to be written. */
export async function linkInMail(to: string, kind: string, pathPrefix: string): Promise<string> {
  const prisma = testDatabase();
  try {
    let text = "";
    await expect
      .poll(
        async () => {
          text =
            (
              await prisma.outboxMessage.findFirst({
                where: { to, kind },
                orderBy: { createdAt: "desc" },
                select: { text: true },
              })
            )?.text ?? "";
          return text;
        },
        { message: `a ${kind} mail to ${to}`, timeout: 10_000 },
      )
      .toContain(pathPrefix);
    const url = new RegExp(`https?://\\S+(${pathPrefix}[A-Za-z0-9_-]+)`).exec(text);
    if (!url) throw new Error(`no ${pathPrefix} link in the mail to ${to}`);
    return url[1]!;
  } finally {
    await prisma.$disconnect();
  }
}

export async function mailCount(to: string, kind: string): Promise<number> {
  const prisma = testDatabase();
  try {
    return await prisma.outboxMessage.count({ where: { to, kind } });
  } finally {
    await prisma.$disconnect();
  }
}
