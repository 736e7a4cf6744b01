/**
 * Prisma's schema engine compiled to WebAssembly, driven from Node.
 *
 * The Prisma CLI downloads a native engine before any migrate command, and neither these machines
 * nor the intranets that run the portal can reach Prisma's servers. The Wasm build ships on npm and
 * reaches the database through a driver adapter, so it works offline
 * (see /work/shared/notes/prisma-offline.md).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
// Not the package root: its entry imports the .wasm file as a module, which Node 20 refuses.
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import Database from "better-sqlite3";
import { createAdapter } from "@/lib/db/adapter";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/db/database-url";
import { SNAPSHOT_NAME, toMigrationList } from "./migrations-folder";
import { HAND_WRITTEN_OBJECTS, migrationsDirFor } from "./providers";

/** Builds the driver adapter the engine talks through; the default is the app's own `createAdapter`. */
export type AdapterFactoryBuilder = (url: string) => SqlMigrationAwareDriverAdapterFactory;

export interface DatabaseOptions {
  migrationsDir?: string;
  adapterFactory?: AdapterFactoryBuilder;
}

/** An engine failure, with the Prisma error code (e.g. P3009) when the engine gave one. */
export class SchemaEngineError extends Error {
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined, cause: unknown) {
    super(message, { cause });
    this.name = "SchemaEngineError";
    this.code = code;
  }
}

// Prisma config's `tables.external` / `enums.external`; this project has none.
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let bindingsReady: Promise<typeof wasmBindings> | undefined;

/** Compiles and starts the 5 MB module once per process; every engine instance shares it. */
function loadBindings(): Promise<typeof wasmBindings> {
  bindingsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.promises.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The module's only import namespace is its own JS glue, under the name the bundler gave it.
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": wasmBindings });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return wasmBindings;
  })().catch((error: unknown) => {
    bindingsReady = undefined;
    throw error;
  });
  return bindingsReady;
}

function logEngineMessage(message: string): void {
  // The engine reports every step as a JSON line; only worth reading while debugging.
  if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine] ${message.trimEnd()}\n`);
}

// The SQLite adapter reports SQLITE_BUSY as error kind "SocketTimeout", which this engine build
// does not know, so the real cause arrives as a deserialization error.
const BUSY_MARKER = "unknown variant `SocketTimeout`";

/** The engine's messages end with a Rust span trace ("   0: sql_schema_connector::…"): drop it. */
function engineErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (raw.includes(BUSY_MARKER)) {
    // The engine locks the file exclusively while migrating: any open connection blocks it.
    return (
      "Cơ sở dữ liệu đang bị khoá: một tiến trình khác (ứng dụng đang chạy, một script khác…) đang mở tệp. " +
      "Dừng tiến trình đó rồi chạy lại."
    );
  }
  const lines = raw.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}

function engineErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && error.message.includes(BUSY_MARKER)) return "SQLITE_BUSY";
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/**
 * Runs one engine session. The engine opens its connections through the factory but never closes
 * them, not even on `free()`, so they are tracked here and disposed afterwards. Otherwise a SQLite
 * file stays locked (the engine sets `locking_mode=EXCLUSIVE`), so an app started in the same
 * process after migrating could not open it, and a PostgreSQL pool would keep Node alive.
 */
async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  let engine: SchemaEngine | undefined;
  try {
    // No datamodels: every call below passes the schemas it needs, and the engine takes the
    // provider from the adapter.
    engine = await SchemaEngine.new({ datamodels: undefined }, logEngineMessage, bindMigrationAwareSqlAdapterFactory(tracking));
    return await run(engine);
  } catch (error) {
    throw new SchemaEngineError(engineErrorMessage(error), engineErrorCode(error), error);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * Model-to-model diffs never touch a database (the engine takes the SQL dialect from each schema's
 * datasource, PostgreSQL included), but the engine wants an adapter anyway: give it a throwaway one.
 */
function scratchAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaBetterSqlite3({ url: ":memory:" });
}

function prepareSqliteFile(url: string): void {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets the app read while a writer works. The mode is stored in the file, so it is set once
  // here; the Prisma adapter has no option for it.
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/** Where a URL points, for messages: the file for SQLite, the URL without password otherwise. */
export function describeDatabase(url: string): string {
  return url.startsWith("file:") ? sqliteFilePath(url) : url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/**
 * Applies the migrations not yet recorded in the database's `_prisma_migrations` table, the same
 * table `prisma migrate deploy` uses. Returns the names applied now ([] when up to date).
 */
export async function applyMigrations(url: string, options: DatabaseOptions = {}): Promise<string[]> {
  const migrationsDir = options.migrationsDir ?? migrationsDirFor(databaseProvider(url));
  const migrationsList = toMigrationList(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`Không có migration nào trong ${migrationsDir}.`);
  }
  if (databaseProvider(url) === "sqlite") prepareSqliteFile(url);
  const factory = (options.adapterFactory ?? createAdapter)(url);
  const output = await withEngine(factory, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
  return output.appliedMigrationNames;
}

/** Brings DATABASE_URL (or `url`) up to date; what `npm run db:migrate` and the start script run. */
export function migrateDatabase(url: string = databaseUrl(), options: DatabaseOptions = {}): Promise<string[]> {
  return applyMigrations(url, options);
}

/**
 * After a migration failed and the database was repaired by hand, records it as rolled back so the
 * next run applies it again (what `prisma migrate resolve --rolled-back` does).
 */
export async function markMigrationRolledBack(url: string, migrationName: string, options: DatabaseOptions = {}): Promise<void> {
  const factory = (options.adapterFactory ?? createAdapter)(url);
  await withEngine(factory, (engine) => engine.markMigrationRolledBack({ migrationName }));
}

function datamodel(content: string, filePath: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: filePath, content }] };
}

async function diff(
  factory: SqlMigrationAwareDriverAdapterFactory,
  from: DiffTarget,
  to: DiffTarget,
  filters: SchemaFilter = NO_FILTERS,
): Promise<string> {
  const result = await withEngine(factory, (engine) => engine.diff({ from, to, script: true, exitCode: null, filters }));
  return result.stdout ?? "";
}

/**
 * The SQL script that takes a database from one Prisma schema to another (`from` null: from an
 * empty database). No database is involved. The paths only label the engine's error messages.
 */
export function diffSchemas(
  fromSchema: string | null,
  toSchema: string,
  paths: { from?: string; to?: string } = {},
): Promise<string> {
  const from: DiffTarget = fromSchema === null ? { tag: "empty" } : datamodel(fromSchema, paths.from ?? SNAPSHOT_NAME);
  return diff(scratchAdapterFactory(), from, datamodel(toSchema, paths.to ?? SNAPSHOT_NAME));
}

/**
 * The SQL that would take the live database to `schemaText`, found by introspecting the database:
 * empty when the database matches the schema. Works on SQLite; the notes record that introspection
 * fails on PostgreSQL with adapter-pg 7.10.1.
 */
export function diffDatabaseToSchema(
  url: string,
  schemaText: string,
  options: Pick<DatabaseOptions, "adapterFactory"> & { schemaPath?: string } = {},
): Promise<string> {
  const schemaPath = options.schemaPath ?? SNAPSHOT_NAME;
  const files = [{ path: schemaPath, content: schemaText }];
  const factory = (options.adapterFactory ?? createAdapter)(url);
  // The hand-written search index is not in the schema: as external tables, the diff leaves it alone.
  const filters: SchemaFilter = { externalTables: [...HAND_WRITTEN_OBJECTS.sqliteTables], externalEnums: [] };
  return diff(
    factory,
    { tag: "schemaDatasource", files, configDir: path.dirname(path.resolve(schemaPath)) },
    { tag: "schemaDatamodel", files },
    filters,
  );
}

/**
 * True when a diff script has no statement: the engine answers "-- This is an empty migration."
 * for no change, and every statement it writes is preceded by "-- Kind" comment lines.
 */
export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
