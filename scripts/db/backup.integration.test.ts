import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { createBackup, readManifest, restoreBackup } from "./backup-restore";
import { readMigrationFolders } from "./migrations-folder";
import { migrationsDirFor } from "./providers";

let database: TestDatabase;
let prisma: PrismaClient;
let scratch: string;
let uploadDir: string;
let backupDir: string;

/** Every row of every model, in a stable order: two databases with the same data give the same value. */
async function everything(client: PrismaClient): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (client as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!;
    tables[model] = (await delegate.findMany())
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)))
      .sort();
  }
  return tables;
}

/** Tables, indexes, triggers and extensions: a restore must bring back the search index too. */
async function schemaObjects(client: PrismaClient): Promise<string[]> {
  const rows =
    database.provider === "postgresql"
      ? await client.$queryRaw<
          { name: string }[]
        >`SELECT 'index:' || indexname AS name FROM pg_indexes WHERE schemaname = 'public' UNION ALL SELECT 'extension:' || extname FROM pg_extension ORDER BY 1`
      : await client.$queryRaw<{ name: string }[]>`SELECT type || ':' || name AS name FROM sqlite_master ORDER BY 1`;
  return rows.map((row) => row.name);
}

function files(directory: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fs.readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      found[path.relative(directory, path.join(entry.parentPath, entry.name))] = fs.readFileSync(
        path.join(entry.parentPath, entry.name),
        "utf8",
      );
  }
  return found;
}

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
  uploadDir = path.join(scratch, "uploads");
  backupDir = path.join(scratch, "backups");
  await seedReferenceData(prisma);
  await createFixtureProjects(prisma, [
    {
      name: "Đường ven biển Rạch Giá – Hòn Đất",
      sector: "giao-thong",
      form: "ppp-bot",
      locations: ["rach-gia", "hon-dat"],
      capitalTy: 3500,
    },
    { name: "Khu du lịch Bãi Sao", sector: "du-lich", form: "nuoc-ngoai", locations: ["phu-quoc"], capitalTy: 1200 },
  ]);
  await prisma.outboxMessage.create({
    data: { kind: "review.waiting", to: "a@kiengiang.gov.vn", subject: "Hồ sơ chờ duyệt", text: "Nội dung" },
  });
  fs.mkdirSync(path.join(uploadDir, "2026"), { recursive: true });
  fs.writeFileSync(path.join(uploadDir, "2026", "ban-do-vi-tri.pdf"), "%PDF-1.7 bản đồ vị trí");
  fs.writeFileSync(path.join(uploadDir, "quy-hoach.pdf"), "%PDF-1.7 quy hoạch");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe(`backup and restore (${process.env.TEST_DATABASE_PROVIDER ?? "sqlite"})`, () => {
  it("brings back exactly the data and the uploads of the backup, after they changed", async () => {
    const before = await everything(prisma);
    const objects = await schemaObjects(prisma);
    expect(objects.some((name) => /trgm|fts|search/i.test(name))).toBe(true);
    const uploadsBefore = files(uploadDir);

    const folder = await createBackup({
      databaseUrl: database.url,
      uploadDir,
      backupDir,
      now: new Date("2026-11-30T02:00:00.000Z"),
    });
    expect(path.basename(folder)).toBe("2026-11-30T02-00-00Z");
    const manifest = readManifest(folder);
    expect(manifest).toMatchObject({ format: 1, provider: database.provider, uploads: { files: 2 } });
    // The backup names every migration its database has: the newest is the repository's newest.
    expect(manifest.migrations.at(-1)).toBe(readMigrationFolders(migrationsDirFor(database.provider)).at(-1)!.name);
    expect(fs.readdirSync(backupDir)).toEqual(["2026-11-30T02-00-00Z"]);

    // Everything changes after the backup: rows added, changed and deleted, files too.
    await prisma.project.deleteMany({ where: { name: "Khu du lịch Bãi Sao" } });
    await prisma.project.updateMany({ data: { name: "Tên đã đổi sau khi sao lưu", version: { increment: 1 } } });
    await prisma.organization.create({ data: { code: "don-vi-moi", name: "Đơn vị thêm sau khi sao lưu", kind: "DISTRICT" } });
    await prisma.outboxMessage.updateMany({ data: { status: "SENT", sentAt: new Date() } });
    fs.rmSync(path.join(uploadDir, "quy-hoach.pdf"));
    fs.writeFileSync(path.join(uploadDir, "2026", "ban-do-vi-tri.pdf"), "đã ghi đè");
    fs.writeFileSync(path.join(uploadDir, "them-sau.pdf"), "tệp mới");
    expect(await everything(prisma)).not.toEqual(before);

    await restoreBackup({ folder, databaseUrl: database.url, uploadDir });

    const fresh = createPrismaClient(database.url);
    try {
      expect(await everything(fresh)).toEqual(before);
      expect(await schemaObjects(fresh)).toEqual(objects);
      // The restored database is a working one: the keyword index answers as before.
      expect(await fresh.project.count({ where: { searchText: { contains: "bai sao" } } })).toBe(1);
    } finally {
      await fresh.$disconnect();
    }
    expect(files(uploadDir)).toEqual(uploadsBefore);
  });

  it("refuses a backup of the other database, and a folder that is not a whole backup", async () => {
    const folder = await createBackup({ databaseUrl: database.url, uploadDir, backupDir, label: "kiem-tra" });
    const other =
      database.provider === "sqlite"
        ? "postgresql://postgres@127.0.0.1:5432/khong_dung"
        : `file:${path.join(scratch, "khac.db")}`;
    await expect(restoreBackup({ folder, databaseUrl: other, uploadDir })).rejects.toThrow(/không khôi phục chéo được/);
    fs.rmSync(path.join(folder, "manifest.json"));
    await expect(restoreBackup({ folder, databaseUrl: database.url, uploadDir })).rejects.toThrow(
      /không phải một bản sao lưu hoàn chỉnh/,
    );
  });
});
