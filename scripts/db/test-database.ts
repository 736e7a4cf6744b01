/**
 * Fresh, fully migrated databases for integration tests, on the database under test:
 * SQLite unless TEST_DATABASE_PROVIDER=postgresql (then on the server TEST_POSTGRES_URL names).
 *
 * Migrating takes a few hundred milliseconds; copying a migrated template takes almost nothing.
 * SQLite: the first call in a process migrates a scratch file once, keeps its bytes in memory, and
 * every call writes them to a new file. PostgreSQL: a template database per migration history is
 * made once and kept, and every call is a `CREATE DATABASE … TEMPLATE` of it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { readMigrationFolders } from "./migrations-folder";
import { migrationsDirFor } from "./providers";
import { applyMigrations } from "./schema-engine";

export interface TestDatabase {
  provider: DatabaseProvider;
  /** A DATABASE_URL for the database, e.g. for `createPrismaClient(url)`. */
  url: string;
  /** Drops the database; call it (e.g. in afterAll) once the clients using it are disconnected. */
  cleanup(): Promise<void>;
}

const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

function testDatabaseProvider(env: Record<string, string | undefined> = process.env): DatabaseProvider {
  const provider = env.TEST_DATABASE_PROVIDER ?? "sqlite";
  if (provider !== "sqlite" && provider !== "postgresql") {
    throw new Error(`TEST_DATABASE_PROVIDER không hợp lệ: "${provider}" (sqlite hoặc postgresql).`);
  }
  return provider;
}

/** A connection to the PostgreSQL server's maintenance database, where databases are made. */
export function testPostgresUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_POSTGRES_URL?.trim() || DEFAULT_TEST_POSTGRES_URL;
}

/** The same server as `serverUrl`, another database. */
export function postgresDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// ---- SQLite ----

let sqliteTemplate: Promise<Buffer> | undefined;
const liveFiles = new Set<string>();

function scratchFile(label: string): string {
  return path.join(os.tmpdir(), `portal-${label}-${process.pid}-${crypto.randomUUID()}.db`);
}

export function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  liveFiles.delete(file);
}

function migratedSqliteTemplate(): Promise<Buffer> {
  sqliteTemplate ??= (async () => {
    const file = scratchFile("template");
    try {
      await applyMigrations(`file:${file}`);
      // serialize() reads through any WAL content, and the image keeps the file's WAL mode.
      const db = new Database(file, { readonly: true });
      try {
        return db.serialize();
      } finally {
        db.close();
      }
    } finally {
      removeSqliteFiles(file);
    }
  })().catch((error: unknown) => {
    sqliteTemplate = undefined;
    throw error;
  });
  return sqliteTemplate;
}

// Safety net for a forgotten cleanup() in plain Node runs. Vitest may end its workers without an
// "exit" event, so tests should not rely on it.
process.once("exit", () => {
  for (const file of liveFiles) removeSqliteFiles(file);
});

async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const image = await migratedSqliteTemplate();
  const file = scratchFile("test");
  fs.writeFileSync(file, image, { flag: "wx" });
  liveFiles.add(file);
  return {
    provider: "sqlite",
    url: `file:${file}`,
    cleanup: async () => removeSqliteFiles(file),
  };
}

// ---- PostgreSQL ----

/** Runs statements on the maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function withPostgresServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A database name as an SQL identifier (CREATE/DROP DATABASE take no bound parameters). */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function dropPostgresDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

let postgresTemplate: Promise<string> | undefined;

/** The template's name carries a hash of the migrations, so a changed history gets a new one. */
function postgresTemplateName(): string {
  const hash = crypto.createHash("sha256");
  for (const folder of readMigrationFolders(migrationsDirFor("postgresql"))) hash.update(folder.name).update(folder.sql);
  return `portal_test_template_${hash.digest("hex").slice(0, 16)}`;
}

function migratedPostgresTemplate(): Promise<string> {
  postgresTemplate ??= withPostgresServer(async (client) => {
    const name = postgresTemplateName();
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return name;
    // Migrated under a scratch name and renamed at the end: a run that dies half-way leaves no
    // half-migrated template behind for the next run to trust.
    const scratch = `portal_test_scratch_${crypto.randomUUID().replaceAll("-", "")}`;
    await client.query(`CREATE DATABASE ${quoteIdent(scratch)}`);
    try {
      await applyMigrations(postgresDatabaseUrl(testPostgresUrl(), scratch));
      await client.query(`ALTER DATABASE ${quoteIdent(scratch)} RENAME TO ${quoteIdent(name)}`);
    } catch (error) {
      await dropPostgresDatabase(client, scratch);
      // Another test process made the same template meanwhile: use theirs.
      const made = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (made.rowCount) return name;
      throw error;
    }
    return name;
  }).catch((error: unknown) => {
    postgresTemplate = undefined;
    throw error;
  });
  return postgresTemplate;
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const template = await migratedPostgresTemplate();
  const name = `portal_test_${crypto.randomUUID().replaceAll("-", "")}`;
  await withPostgresServer((client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  return {
    provider: "postgresql",
    url: postgresDatabaseUrl(testPostgresUrl(), name),
    cleanup: () => withPostgresServer((client) => dropPostgresDatabase(client, name)),
  };
}

/** A new, fully migrated database of the provider under test (see the module comment). */
export function createTestDatabase(provider: DatabaseProvider = testDatabaseProvider()): Promise<TestDatabase> {
  return provider === "postgresql" ? createPostgresTestDatabase() : createSqliteTestDatabase();
}
