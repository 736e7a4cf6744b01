import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

// A real full disk, not a mocked error: the upload folder is a 1 MB tmpfs of its own, filled up to
// 64 KB short, so a 300 KB upload gets part-way in before the kernel answers ENOSPC. Mounting needs
// root (CI and these machines run as root); elsewhere the test is skipped, saying why.
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-full-disk-"));
const mounted = (() => {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", uploadDir], { stdio: "pipe" });
    return true;
  } catch (error) {
    if (process.getuid?.() === 0) throw error;
    console.warn(`Bỏ qua kiểm thử ổ đầy: cần quyền root để gắn tmpfs (${String(error).split("\n")[0]}).`);
    return false;
  }
})();

const integration = setUpIntegrationDatabase();
let attachments: typeof import("./project-attachments");
let owner: CurrentUser;
let projectId: string;

const filler = path.join(uploadDir, "filler");
// file-type recognises a PDF by its first bytes; the padding makes it larger than the space left.
const BIG_PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);

function fillDisk(leaveFree: number) {
  const { bavail, bsize } = fs.statfsSync(uploadDir);
  fs.writeFileSync(filler, Buffer.alloc(bavail * bsize - leaveFree));
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  const unit = await integration.prisma.organization.create({ data: { code: "a", name: "Đơn vị A", kind: "DEPARTMENT" } });
  owner = await createTestUser(integration.prisma, "owner", "SUBMITTER", unit.id);
  projectId = (await integration.prisma.project.create({ data: { organizationId: unit.id, name: "Ổ đầy" } })).id;
  attachments = await import("./project-attachments");
});

afterAll(() => {
  if (mounted) execFileSync("umount", [uploadDir]);
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe.runIf(mounted)("uploads on a full disk", () => {
  it("refuses with 507's honest message, leaves nothing behind, and works again once space is freed", async () => {
    fillDisk(64 * 1024);
    const refused = await attachments.addProjectAttachment(owner, projectId, "lon.pdf", BIG_PDF).catch((error: unknown) => error);
    const { StorageFullError } = await import("@/lib/errors");
    expect(refused).toBeInstanceOf(StorageFullError);
    expect((refused as Error).message).toMatch(/^Máy chủ hết dung lượng lưu trữ/);
    const { errorResponse } = await import("@/lib/http/error-response");
    expect(errorResponse(refused).status).toBe(507);
    expect(fs.readdirSync(uploadDir)).toEqual(["filler"]);
    expect(await integration.prisma.attachment.count()).toBe(0);

    fs.rmSync(filler);
    const saved = await attachments.addProjectAttachment(owner, projectId, "lon.pdf", BIG_PDF);
    const row = await integration.prisma.attachment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(fs.readdirSync(uploadDir)).toEqual([row.storedName]);
    expect(fs.readFileSync(path.join(uploadDir, row.storedName)).equals(BIG_PDF)).toBe(true);
  });
});
