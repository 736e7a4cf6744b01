import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { sqliteFilePath } from "@/lib/db/database-url";
import { SCHEMA_PATH, latestSnapshot, readMigrationFolders } from "./migrations-folder";
import { writeNextMigration } from "./next-migration";
import { migrationsDirFor } from "./providers";
import {
  type AdapterFactoryBuilder,
  applyMigrations,
  diffDatabaseToSchema,
  diffSchemas,
  isEmptyMigration,
} from "./schema-engine";
import { createTestDatabase } from "./test-database";

// The SQLite side of the migrations; migrations.postgresql.integration.test.ts checks the other.
const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
const MIGRATIONS_DIR = migrationsDirFor("sqlite");

// A schema change every check below must notice: one more nullable column on Sector.
const changedSchema = schema.replace(/^model Sector \{$/m, "model Sector {\n  driftProbe String?");

function modelNames(schemaText: string): string[] {
  return [...schemaText.matchAll(/^model (\w+) \{/gm)].map((match) => match[1] ?? "");
}

function tableNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

describe("prisma/migrations", () => {
  let scratch: string;
  let url: string;
  let file: string;

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migrations-test-"));
    // A folder that does not exist yet: migrating must create it, like data/ on a new machine.
    file = path.join(scratch, "data", "portal.db");
    url = `file:${file}`;
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("applies every migration to a fresh database once, and nothing the second time", async () => {
    const folders = readMigrationFolders(MIGRATIONS_DIR);
    expect(folders.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(folders.map((folder) => folder.name));
    expect(await applyMigrations(url)).toEqual([]);

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });

  it("has a snapshot in every migration folder", () => {
    for (const folder of readMigrationFolders(MIGRATIONS_DIR)) expect(folder.snapshot, folder.name).not.toBeNull();
  });

  it("matches prisma/schema.prisma: the latest snapshot needs no further migration", async () => {
    const latest = latestSnapshot(MIGRATIONS_DIR);
    expect(latest).not.toBeNull();
    const sql = await diffSchemas(latest?.schema ?? null, schema);
    expect(isEmptyMigration(sql), `prisma/schema.prisma changed without a migration:\n${sql}`).toBe(true);
  });

  it("builds a database that matches prisma/schema.prisma (introspection)", async () => {
    const sql = await diffDatabaseToSchema(url, schema, { schemaPath: SCHEMA_PATH });
    expect(isEmptyMigration(sql), `the migrated database differs from the schema:\n${sql}`).toBe(true);
  });

  it("notices drift: a changed schema gives a non-empty diff both ways", async () => {
    expect(changedSchema).not.toBe(schema);
    const fromSnapshot = await diffSchemas(latestSnapshot(MIGRATIONS_DIR)?.schema ?? null, changedSchema);
    expect(isEmptyMigration(fromSnapshot)).toBe(false);
    expect(fromSnapshot).toContain(`ALTER TABLE "Sector" ADD COLUMN "driftProbe" TEXT`);

    const fromDatabase = await diffDatabaseToSchema(url, changedSchema);
    expect(isEmptyMigration(fromDatabase)).toBe(false);
    expect(fromDatabase).toContain("driftProbe");
  });

  it("creates a table for every model, usable through Prisma Client", async () => {
    const tables = tableNames(file);
    expect(tables).toContain("_prisma_migrations");
    for (const model of modelNames(schema)) expect(tables).toContain(model);

    const prisma = createPrismaClient(url);
    try {
      await prisma.sector.create({ data: { code: "NONG_NGHIEP", name: "Nông nghiệp", sortOrder: 3 } });
      const sector = await prisma.sector.findUnique({ where: { code: "NONG_NGHIEP" } });
      expect(sector).toMatchObject({ name: "Nông nghiệp", sortOrder: 3, active: true });
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("writeNextMigration", () => {
  let scratch: string;

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-new-migration-test-"));
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("writes nothing when the schema has not changed, and the next migration for both databases when it has", async () => {
    const migrationsDir = path.join(scratch, "migrations");
    fs.cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const postgresDir = path.join(scratch, "migrations-postgresql");
    fs.cpSync(migrationsDirFor("postgresql"), postgresDir, { recursive: true });
    const migrationsDirs = { sqlite: migrationsDir, postgresql: postgresDir };
    const schemaPath = path.join(scratch, "schema.prisma");
    fs.writeFileSync(schemaPath, schema);
    const before = fs.readdirSync(migrationsDir).sort();

    const unchanged = await writeNextMigration({ name: "nothing", schemaPath, migrationsDirs });
    expect(unchanged.status).toBe("unchanged");
    expect(fs.readdirSync(migrationsDir).sort()).toEqual(before);

    fs.writeFileSync(schemaPath, changedSchema);
    // A clock behind the last migration must still give a folder that sorts after it.
    const created = await writeNextMigration({
      name: "add-drift-probe",
      schemaPath,
      migrationsDirs,
      now: new Date(0),
    });
    if (created.status !== "created") throw new Error("expected a new migration");
    expect(created.name).toMatch(/^\d{14}_add_drift_probe$/);
    expect(created.name > (before.filter((name) => /^\d/.test(name)).at(-1) ?? "")).toBe(true);
    expect(created.created.map((folder) => folder.provider).sort()).toEqual(["postgresql", "sqlite"]);
    const sqliteDir = path.join(migrationsDir, created.name);
    expect(fs.readFileSync(path.join(sqliteDir, "schema.prisma"), "utf8")).toBe(changedSchema);
    expect(fs.readFileSync(path.join(sqliteDir, "migration.sql"), "utf8")).toContain(`ADD COLUMN "driftProbe" TEXT`);
    const postgresSnapshot = fs.readFileSync(path.join(postgresDir, created.name, "schema.prisma"), "utf8");
    expect(postgresSnapshot).toMatch(/provider = "postgresql"/);
    expect(postgresSnapshot).toContain("driftProbe String?");
    expect(fs.readFileSync(path.join(postgresDir, created.name, "migration.sql"), "utf8")).toContain(
      `ADD COLUMN     "driftProbe" TEXT`,
    );

    // The new folder applies on top of the others and leaves no drift.
    const db = path.join(scratch, "next.db");
    const applied = await applyMigrations(`file:${db}`, { migrationsDir });
    expect(applied.at(-1)).toBe(created.name);
    expect(isEmptyMigration(await diffDatabaseToSchema(`file:${db}`, changedSchema))).toBe(true);

    expect((await writeNextMigration({ name: "again", schemaPath, migrationsDirs })).status).toBe("unchanged");
  });

  it("refuses names that are not lowercase letters, digits, underscores or dashes", async () => {
    for (const name of ["", "Init", "thêm_cột", "a b", "../x", "_x"]) {
      await expect(writeNextMigration({ name, migrationsDirs: { sqlite: path.join(scratch, "none") } })).rejects.toThrow(
        /Tên migration không hợp lệ/,
      );
    }
  });
});

describe("createTestDatabase", () => {
  it("gives independent, migrated copies in WAL mode and deletes them on cleanup", async () => {
    const first = await createTestDatabase("sqlite");
    const second = await createTestDatabase("sqlite");
    const [firstFile, secondFile] = [sqliteFilePath(first.url), sqliteFilePath(second.url)];
    expect(firstFile).not.toBe(secondFile);
    expect(path.dirname(firstFile)).toBe(os.tmpdir());

    const a = createPrismaClient(first.url);
    const b = createPrismaClient(second.url);
    try {
      await a.sector.create({ data: { code: "CONG_NGHIEP", name: "Công nghiệp" } });
      expect(await a.sector.count()).toBe(1);
      expect(await b.sector.count()).toBe(0);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
    expect(await applyMigrations(second.url)).toEqual([]);
    const db = new Database(secondFile, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }

    await first.cleanup();
    await second.cleanup();
    expect(fs.existsSync(firstFile)).toBe(false);
    expect(fs.existsSync(secondFile)).toBe(false);
  });
});

describe("applyMigrations on a database another process holds open", () => {
  it("fails with a clear message instead of the engine's deserialization error", async () => {
    const test = await createTestDatabase("sqlite");
    // The engine locks the file exclusively; any other open connection makes it wait, then fail.
    const holder = new Database(sqliteFilePath(test.url));
    holder.prepare("SELECT count(*) FROM Sector").get();
    try {
      const quick: AdapterFactoryBuilder = (url) => new PrismaBetterSqlite3({ url, timeout: 50 });
      await expect(applyMigrations(test.url, { adapterFactory: quick })).rejects.toMatchObject({
        name: "SchemaEngineError",
        code: "SQLITE_BUSY",
        message: expect.stringContaining("đang bị khoá") as unknown,
      });
    } finally {
      holder.close();
      await test.cleanup();
    }
  });
});
