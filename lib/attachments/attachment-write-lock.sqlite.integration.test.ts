import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sqliteFilePath } from "@/lib/db/database-url";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

// SQLite only: several app servers on one SQLite file queue behind its single write lock.
const integration = setUpIntegrationDatabase();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-uploads-"));
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

// Run by `node -e` as a second app server would: takes SQLite's write lock, says so, holds it 300 ms.
const HOLD_WRITE_LOCK = `
  const db = new (require("better-sqlite3"))(process.argv[1], { timeout: 5000 });
  db.exec("BEGIN IMMEDIATE");
  db.exec('UPDATE "Organization" SET "name" = "name"');
  process.stdout.write("locked\\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  db.exec("COMMIT");
`;

let owner: CurrentUser;
let attachments: typeof import("./project-attachments");

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  const unit = await integration.prisma.organization.create({ data: { code: "a", name: "Đơn vị A", kind: "DEPARTMENT" } });
  owner = await createTestUser(integration.prisma, "owner", "SUBMITTER", unit.id);
  attachments = await import("./project-attachments");
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

it("waits for another server's write instead of failing", async () => {
  const { id } = await integration.prisma.project.create({
    data: { organizationId: owner.organizationId!, name: "Hai máy chủ" },
  });
  // Another app server is another process (better-sqlite3 waits for a lock by blocking its whole
  // process, so a second client here could never let go): the upload begins while it holds the lock.
  const otherServer = spawn(process.execPath, ["-e", HOLD_WRITE_LOCK, sqliteFilePath(integration.database.url)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => otherServer.stdout.once("data", resolve));
  await expect(attachments.addProjectAttachment(owner, id, "cung-luc.pdf", PDF)).resolves.toMatchObject({
    originalName: "cung-luc.pdf",
  });
  expect(await new Promise((resolve) => otherServer.once("exit", resolve))).toBe(0);
});
