import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { sweepAttachmentFiles } from "./sweep-attachment-files";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let projectId: string;
const folders: string[] = [];

const TWO_HOURS_AGO = new Date(Date.now() - 2 * 60 * 60 * 1000);
const name = (n: number, extension = "pdf") => `${String(n).padStart(8, "0")}-0000-4000-8000-000000000000.${extension}`;

function folder(files: Record<string, "old" | "new">): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-sweep-"));
  folders.push(dir);
  for (const [file, age] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, file), "%PDF-1.7\n");
    if (age === "old") fs.utimesSync(path.join(dir, file), TWO_HOURS_AGO, TWO_HOURS_AGO);
  }
  return dir;
}

async function attachmentRow(storedName: string, originalName: string) {
  await prisma.attachment.create({ data: { projectId, storedName, originalName, mimeType: "application/pdf", sizeBytes: 9 } });
}

beforeAll(async () => {
  prisma = integration.prisma;
  const unit = await prisma.organization.create({ data: { code: "a", name: "Đơn vị A", kind: "DEPARTMENT" } });
  projectId = (await prisma.project.create({ data: { organizationId: unit.id, name: "Có tệp" } })).id;
});

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the upload folder sweep", () => {
  it("removes old files no row names and old half-written ones, keeps young ones and others', and reports lost files", async () => {
    await attachmentRow(name(1), "Có tệp.pdf");
    await attachmentRow(name(2), "Mất tệp.pdf");
    const dir = folder({
      [name(1)]: "old",
      [name(3)]: "old",
      [name(4, "png")]: "new",
      [`.${name(5)}.tmp`]: "old",
      [`.${name(6)}.tmp`]: "new",
      "ghi-chu.txt": "old",
    });

    const report = await sweepAttachmentFiles(prisma, { uploadDir: dir, database: "kiem-thu" });

    expect(report).toEqual({
      ok: true,
      removedOrphans: [name(3)],
      removedTemporary: [`.${name(5)}.tmp`],
      // Another server's uploads in flight: a file, or a temporary file, whose row is not committed yet.
      recentWithoutRow: 2,
      filesWithRow: 1,
      missingFiles: [{ id: expect.any(String), projectId, originalName: "Mất tệp.pdf", storedName: name(2) }],
    });
    expect(fs.readdirSync(dir).sort()).toEqual(
      [`.${name(6)}.tmp`, ".portal-database", name(1), name(4, "png"), "ghi-chu.txt"].sort(),
    );
    expect(fs.readFileSync(path.join(dir, ".portal-database"), "utf8")).toBe("kiem-thu\n");

    // The folder now belongs to this database: against another one, the sweep removes nothing.
    fs.utimesSync(path.join(dir, name(4, "png")), TWO_HOURS_AGO, TWO_HOURS_AGO);
    expect(await sweepAttachmentFiles(prisma, { uploadDir: dir, database: "co-so-du-lieu-khac" })).toEqual({
      ok: false,
      folderDatabase: "kiem-thu",
    });
    expect(fs.existsSync(path.join(dir, name(4, "png")))).toBe(true);
    await prisma.attachment.deleteMany();
  });

  it("runs as npm run attachments:sweep and says what it did, in Vietnamese", async () => {
    await attachmentRow(name(7), "Tờ trình.pdf");
    const dir = folder({ [name(8)]: "old", [name(9)]: "new" });
    const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/sweep-attachments.ts"], {
      env: { ...process.env, DATABASE_URL: integration.database.url, UPLOAD_DIR: dir },
      encoding: "utf8",
    });
    expect(output).toContain(`Thư mục tệp đính kèm: ${dir}`);
    expect(output).toContain(`Đã xóa 1 tệp không thuộc hồ sơ nào (cũ hơn 60 phút): ${name(8)}.`);
    expect(output).toContain("Để lại 1 tệp chưa có bản ghi nhưng mới hơn 60 phút (có thể đang được tải lên).");
    expect(output).toContain("1 tệp đính kèm có trong cơ sở dữ liệu nhưng không còn trên đĩa");
    expect(output).toContain(`“Tờ trình.pdf” — dự án ${projectId}, tệp ${name(7)}`);
    expect(fs.readdirSync(dir).sort()).toEqual([".portal-database", name(9)]);
  });
});
