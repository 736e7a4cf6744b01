import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { latestSnapshot, readMigrationFolders } from "./migrations-folder";
import { HAND_WRITTEN_OBJECTS, migrationsDirFor, schemaFor } from "./providers";
import { applyMigrations, diffSchemas, isEmptyMigration } from "./schema-engine";
import { dropPostgresDatabase, postgresDatabaseUrl, testPostgresUrl, withPostgresServer } from "./test-database";

// The PostgreSQL side of the migrations (run when the suite runs on PostgreSQL). The engine cannot
// introspect PostgreSQL through adapter-pg (see shared/notes/prisma-offline.md), so drift is
// checked by building the schema directly in a second database and comparing the catalogues.
const MIGRATIONS_DIR = migrationsDirFor("postgresql");
const schema = schemaFor("postgresql");
const changedSchema = schema.replace(/^model Sector \{$/m, "model Sector {\n  driftProbe String?");

interface Catalogue {
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
  extensions: string[];
}

/** What defines a database's shape, as comparable rows: columns, indexes, constraints, enums. */
async function catalogue(url: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query<{ row: string }>(sql)).rows.map((r) => r.row).sort();
    return {
      columns: await rows(`SELECT concat_ws(' ', table_name, column_name, data_type, udt_name, is_nullable, column_default) AS row
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      indexes: await rows(`SELECT indexdef AS row FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await rows(`SELECT concat_ws(' ', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS row
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'`),
      enums: await rows(`SELECT concat_ws(' ', t.typname, e.enumlabel) AS row
        FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid`),
      extensions: await rows(`SELECT extname AS row FROM pg_extension`),
    };
  } finally {
    await client.end();
  }
}

async function runScript(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("prisma/migrations-postgresql", () => {
  const names = {
    migrated: `portal_test_migrated_${crypto.randomUUID().replaceAll("-", "")}`,
    direct: `portal_test_direct_${crypto.randomUUID().replaceAll("-", "")}`,
  };
  const migratedUrl = postgresDatabaseUrl(testPostgresUrl(), names.migrated);
  const directUrl = postgresDatabaseUrl(testPostgresUrl(), names.direct);

  beforeAll(async () => {
    await withPostgresServer(async (client) => {
      for (const name of Object.values(names)) await client.query(`CREATE DATABASE "${name}"`);
    });
  });

  afterAll(async () => {
    await withPostgresServer(async (client) => {
      for (const name of Object.values(names)) await dropPostgresDatabase(client, name);
    });
  });

  it("applies every migration to a fresh database once, and nothing the second time", async () => {
    const folders = readMigrationFolders(MIGRATIONS_DIR);
    expect(folders.length).toBeGreaterThan(0);
    expect(await applyMigrations(migratedUrl)).toEqual(folders.map((folder) => folder.name));
    expect(await applyMigrations(migratedUrl)).toEqual([]);
  });

  it("matches prisma/schema.prisma: the latest snapshot needs no further migration", async () => {
    const latest = latestSnapshot(MIGRATIONS_DIR);
    expect(latest?.schema).toMatch(/provider = "postgresql"/);
    const sql = await diffSchemas(latest?.schema ?? null, schema);
    expect(isEmptyMigration(sql), `prisma/schema.prisma changed without a migration:\n${sql}`).toBe(true);
  });

  it("builds the same database as the schema itself (catalogue comparison)", async () => {
    await runScript(directUrl, await diffSchemas(null, schema));
    const [migrated, direct] = [await catalogue(migratedUrl), await catalogue(directUrl)];
    expect(migrated.columns.length).toBeGreaterThan(50);
    expect(migrated.columns).toEqual(direct.columns);
    expect(migrated.constraints).toEqual(direct.constraints);
    expect(migrated.enums).toEqual(direct.enums);
    // The search index is written by hand in a migration: present there, and otherwise the same.
    const handWritten = (indexdef: string) =>
      HAND_WRITTEN_OBJECTS.postgresqlIndexes.some((name) => indexdef.includes(`"${name}"`));
    expect(migrated.indexes.filter(handWritten)).toHaveLength(HAND_WRITTEN_OBJECTS.postgresqlIndexes.length);
    expect(migrated.indexes.filter((index) => !handWritten(index))).toEqual(direct.indexes);
    expect(migrated.extensions).toEqual(expect.arrayContaining([...HAND_WRITTEN_OBJECTS.postgresqlExtensions]));
  });

  it("notices drift: a changed schema gives a non-empty migration", async () => {
    const sql = await diffSchemas(latestSnapshot(MIGRATIONS_DIR)?.schema ?? null, changedSchema);
    expect(isEmptyMigration(sql)).toBe(false);
    expect(sql).toContain(`ALTER TABLE "Sector" ADD COLUMN     "driftProbe" TEXT`);
  });

  it("creates a table for every model, usable through Prisma Client", async () => {
    const prisma = createPrismaClient(migratedUrl);
    try {
      await prisma.sector.create({ data: { code: "NONG_NGHIEP", name: "Nông nghiệp", sortOrder: 3 } });
      const sector = await prisma.sector.findUnique({ where: { code: "NONG_NGHIEP" } });
      expect(sector).toMatchObject({ name: "Nông nghiệp", sortOrder: 3, active: true });
    } finally {
      await prisma.$disconnect();
    }
  });
});
