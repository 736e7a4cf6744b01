import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();

// Another server process writing to the same database: it says "ready" just before its write.
const OTHER_SERVER = `
import { createPrismaClient } from "./lib/db/create-client";
const prisma = createPrismaClient(process.env.DATABASE_URL);
await prisma.sentNotice.findMany({ take: 1 });
process.stdout.write("ready\\n");
await prisma.sentNotice.create({ data: { key: "may-chu-khac" } });
await prisma.$disconnect();
`;

function otherServerWrite(url: string): { ready: Promise<void>; done: Promise<number | null> } {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--input-type=module", "-e", OTHER_SERVER], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => chunk.includes("ready") && resolve()));
  const done = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { ready, done };
}

describe("transactions beside another server process", () => {
  it("a transaction that reads, then writes, succeeds when another process writes meanwhile", { timeout: 30_000 }, async () => {
    let other!: ReturnType<typeof otherServerWrite>;
    await integration.prisma.$transaction(
      async (tx) => {
        const before = await tx.sentNotice.count();
        other = otherServerWrite(integration.database.url);
        await other.ready;
        // The other process's write is under way (waiting for this transaction, or already done).
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.sentNotice.create({ data: { key: `trong-giao-dich-${before}` } });
      },
      { timeout: 20_000 },
    );
    expect(await other.done).toBe(0);
    expect((await integration.prisma.sentNotice.findMany({ select: { key: true } })).map((row) => row.key).sort()).toEqual([
      "may-chu-khac",
      "trong-giao-dich-0",
    ]);
  });
});
