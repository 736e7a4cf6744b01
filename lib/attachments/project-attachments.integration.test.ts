import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let attachments: typeof import("./project-attachments");
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-uploads-"));
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

let owner: CurrentUser;
let other: CurrentUser;
let reviewer: CurrentUser;
let draftId: string;

/** Every stored file must have its row and every row its file, whatever failed on the way. */
async function expectDiskToMatchDatabase() {
  const rows = await prisma.attachment.findMany({ select: { storedName: true } });
  expect(fs.readdirSync(uploadDir).sort()).toEqual(rows.map((row) => row.storedName).sort());
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  prisma = integration.prisma;
  const a = await prisma.organization.create({ data: { code: "a", name: "Đơn vị A", kind: "DEPARTMENT" } });
  const b = await prisma.organization.create({ data: { code: "b", name: "Đơn vị B", kind: "DISTRICT" } });
  owner = await createTestUser(prisma, "owner", "SUBMITTER", a.id);
  other = await createTestUser(prisma, "other", "SUBMITTER", b.id);
  reviewer = await createTestUser(prisma, "reviewer", "REVIEWER", null);
  draftId = (await prisma.project.create({ data: { organizationId: a.id, name: "Nháp có tệp" } })).id;
  attachments = await import("./project-attachments");
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe("project attachments", () => {
  it("stores a checked file under a generated name and lets only those who may see the project read it", async () => {
    const saved = await attachments.addProjectAttachment(owner, draftId, "../Tờ trình.pdf", PDF);
    expect(saved.originalName).toBe("Tờ trình.pdf");
    const row = await prisma.attachment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.storedName).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(fs.readdirSync(uploadDir)).toEqual([row.storedName]);

    expect((await attachments.readProjectAttachment(owner, saved.id)).bytes.equals(Buffer.from(PDF))).toBe(true);
    // The public, other units and even the Editorial Board do not see a draft's files, not even that they exist.
    await expect(attachments.readProjectAttachment(reviewer, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    await expect(attachments.readProjectAttachment(null, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    await expect(attachments.readProjectAttachment(other, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");

    await prisma.project.update({ where: { id: draftId }, data: { status: "SUBMITTED" } });
    expect((await attachments.readProjectAttachment(reviewer, saved.id)).mimeType).toBe("application/pdf");
    await expect(attachments.readProjectAttachment(null, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    // Published, an internal file (the default) still stays with the unit and the Editorial Board.
    await prisma.project.update({ where: { id: draftId }, data: { status: "PUBLISHED", slug: "nhap-co-tep" } });
    expect(saved.isPublic).toBe(false);
    await expect(attachments.readProjectAttachment(null, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    await expect(attachments.readProjectAttachment(other, saved.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    expect((await attachments.readProjectAttachment(reviewer, saved.id)).originalName).toBe("Tờ trình.pdf");
    await prisma.project.update({ where: { id: draftId }, data: { status: "DRAFT", slug: null } });
  });

  it("refuses a false extension, another unit's project and an eleventh file", async () => {
    await expect(
      attachments.addProjectAttachment(owner, draftId, "virus.pdf", new TextEncoder().encode("MZ\u0090\u0000")),
    ).rejects.toThrow("đổi đuôi");
    await expect(attachments.addProjectAttachment(other, draftId, "a.pdf", PDF)).rejects.toThrow("Không tìm thấy dự án.");
    for (let n = await prisma.attachment.count({ where: { projectId: draftId } }); n < 10; n += 1) {
      await attachments.addProjectAttachment(owner, draftId, `tep-${n}.pdf`, PDF);
    }
    await expect(attachments.addProjectAttachment(owner, draftId, "tep-11.pdf", PDF)).rejects.toThrow("tối đa 10 tệp");
    expect(await prisma.attachment.count({ where: { projectId: draftId } })).toBe(10);
    expect(fs.readdirSync(uploadDir)).toHaveLength(10);
  });

  it("keeps to the limit when sixteen uploads to one project arrive at once", async () => {
    const { id } = await prisma.project.create({ data: { organizationId: owner.organizationId!, name: "Tải song song" } });
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, (_, n) => attachments.addProjectAttachment(owner, id, `song-song-${n}.pdf`, PDF)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    for (const result of results) {
      if (result.status === "rejected") expect(String(result.reason)).toContain("tối đa 10 tệp");
    }
    expect(await prisma.attachment.count({ where: { projectId: id } })).toBe(10);
    await expectDiskToMatchDatabase();
  });

  it("removes the written file when the database refuses the row", async () => {
    const { id } = await prisma.project.create({
      data: { organizationId: owner.organizationId!, name: "Đã gửi duyệt", status: "SUBMITTED" },
    });
    await expect(attachments.addProjectAttachment(owner, id, "muon.pdf", PDF)).rejects.toThrow("không thể thay đổi tệp đính kèm");
    await expectDiskToMatchDatabase();
  });

  it("lets only the owner remove a file, and removes it from disk", async () => {
    const [first] = await prisma.attachment.findMany({ where: { projectId: draftId }, take: 1 });
    await expect(attachments.removeProjectAttachment(other, first!.id)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    await attachments.removeProjectAttachment(owner, first!.id);
    expect(fs.existsSync(path.join(uploadDir, first!.storedName))).toBe(false);
  });

  it("lets the public download a public file only while its call is published", async () => {
    const { id } = await prisma.project.create({ data: { organizationId: owner.organizationId!, name: "Tệp công khai" } });
    const shown = await attachments.addProjectAttachment(owner, id, "Bản đồ.pdf", PDF, true);
    const hidden = await attachments.addProjectAttachment(owner, id, "Dự toán nội bộ.pdf", PDF);
    expect([shown.isPublic, hidden.isPublic]).toEqual([true, false]);
    const publicRead = (attachmentId: string, user: CurrentUser | null = null) =>
      attachments.readProjectAttachment(user, attachmentId).then(
        (file) => file.originalName,
        (error: Error) => error.message,
      );

    // A public file of a call that is not published (draft, waiting, sent back, rejected, withdrawn) is refused.
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      await prisma.project.update({ where: { id }, data: { status, slug: status === "ARCHIVED" ? "tep-cong-khai" : null } });
      expect(await publicRead(shown.id), status).toBe("Không tìm thấy tệp đính kèm.");
      expect(await publicRead(shown.id, other), status).toBe("Không tìm thấy tệp đính kèm.");
    }
    await prisma.project.update({ where: { id }, data: { status: "PUBLISHED", slug: "tep-cong-khai" } });
    expect(await publicRead(shown.id)).toBe("Bản đồ.pdf");
    expect(await publicRead(shown.id, other)).toBe("Bản đồ.pdf");
    expect(await publicRead(hidden.id)).toBe("Không tìm thấy tệp đính kèm.");
    expect(await publicRead(hidden.id, other)).toBe("Không tìm thấy tệp đính kèm.");
    expect(await publicRead(hidden.id, owner)).toBe("Dự toán nội bộ.pdf");
    expect(await publicRead("cmzzzzzzzzzzzzzzzzzzzzzzz")).toBe("Không tìm thấy tệp đính kèm.");

    // Published, the files are frozen: visibility changes only while the call can change.
    await expect(attachments.setAttachmentVisibility(owner, hidden.id, true)).rejects.toThrow("không thể thay đổi tệp đính kèm");
    await prisma.project.update({ where: { id }, data: { status: "CHANGES_REQUESTED" } });
    await expect(attachments.setAttachmentVisibility(other, hidden.id, true)).rejects.toThrow("Không tìm thấy tệp đính kèm.");
    expect((await attachments.setAttachmentVisibility(owner, hidden.id, true)).isPublic).toBe(true);
    expect((await attachments.setAttachmentVisibility(owner, shown.id, false)).isPublic).toBe(false);
    await prisma.project.update({ where: { id }, data: { status: "PUBLISHED" } });
    expect(await publicRead(hidden.id)).toBe("Dự toán nội bộ.pdf");
    expect(await publicRead(shown.id)).toBe("Không tìm thấy tệp đính kèm.");
    const trail = await prisma.auditEvent.findMany({
      where: { projectId: id, action: "attachment.visibility" },
      select: { comment: true },
    });
    expect(trail.map((event) => event.comment).sort()).toEqual(["Bản đồ.pdf (Nội bộ)", "Dự toán nội bộ.pdf (Công khai)"]);
  });
});
