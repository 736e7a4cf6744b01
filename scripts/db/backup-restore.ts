// Backups of a whole installation: the database, taken consistently while the portal runs, and the
// uploads folder. `npm run db:backup` and `npm run db:restore` (backup.ts, restore.ts) are the commands;
// this module is what they and the test share.
//
// A backup is a folder under BACKUP_DIR named by its UTC time, holding manifest.json, the database
// (SQLite: a copy made by SQLite's online backup; PostgreSQL: a pg_dump archive) and uploads/. It is
// written under a ".partial" name and renamed when complete, so a folder without it is whole.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "@/lib/db/database-url";

export interface BackupManifest {
  format: 1;
  createdAt: string;
  provider: DatabaseProvider;
  /** The database file inside the folder. */
  database: string;
  /** The migrations the database had, newest last: a restore onto newer code migrates forward. */
  migrations: string[];
  uploads: { files: number; bytes: number };
}

const MANIFEST = "manifest.json";
const UPLOADS = "uploads";
const DATABASE_FILE: Record<DatabaseProvider, string> = { sqlite: "database.sqlite", postgresql: "database.pgdump" };

/** A PostgreSQL URL split into what the client tools take: the password goes in the environment, not on a command line others can read. */
function postgresTarget(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a PostgreSQL client tool, or says how to install it. */
function requireTool(tool: string): void {
  const probe = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error(
      `Không tìm thấy ${tool}: cài gói postgresql-client (Debian/Ubuntu: apt-get install postgresql-client), cùng phiên bản chính với máy chủ PostgreSQL hoặc mới hơn.`,
    );
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} dừng với mã ${code}: ${stderr.trim()}`))));
  });
}

function folderStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

function countFiles(directory: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(directory)) return { files, bytes };
  for (const entry of fs.readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

async function appliedMigrations(provider: DatabaseProvider, url: string): Promise<string[]> {
  const sql = `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  if (provider === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(sql).all() as { name: string }[]).map((row) => row.name);
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(sql)).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

export interface BackupOptions {
  databaseUrl: string;
  uploadDir: string;
  backupDir: string;
  /** Added to the folder's name, e.g. "before-restore". */
  label?: string;
  now?: Date;
}

/** Writes a complete backup and returns its folder. */
export async function createBackup(options: BackupOptions): Promise<string> {
  const provider = databaseProvider(options.databaseUrl);
  const createdAt = options.now ?? new Date();
  const name = `${folderStamp(createdAt)}${options.label ? `-${options.label}` : ""}`;
  const folder = path.resolve(options.backupDir, name);
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  try {
    const databaseFile = path.join(partial, DATABASE_FILE[provider]);
    if (provider === "sqlite") {
      // SQLite's online backup copies a consistent state page by page while the portal goes on
      // writing; a plain file copy could catch a write half done.
      const source = new Database(sqliteFilePath(options.databaseUrl), { readonly: true, fileMustExist: true });
      try {
        await source.backup(databaseFile);
      } finally {
        source.close();
      }
    } else {
      requireTool("pg_dump");
      const target = postgresTarget(options.databaseUrl);
      // pg_dump reads one snapshot of the whole database, whatever is written meanwhile.
      await run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--no-privileges", `--file=${databaseFile}`, `--dbname=${target.url}`],
        target.env,
      );
    }
    // The uploads after the database: every file a backed-up row names was written before the row,
    // so it is there; a file uploaded meanwhile is only an extra.
    const uploads = path.join(partial, UPLOADS);
    if (fs.existsSync(options.uploadDir)) fs.cpSync(options.uploadDir, uploads, { recursive: true });
    else fs.mkdirSync(uploads);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: createdAt.toISOString(),
      provider,
      database: DATABASE_FILE[provider],
      migrations: await appliedMigrations(provider, options.databaseUrl),
      uploads: countFiles(uploads),
    };
    fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, folder);
    return folder;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${folder} không phải một bản sao lưu hoàn chỉnh (thiếu ${MANIFEST}).`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`Không đọc được bản sao lưu định dạng ${String(manifest.format)}.`);
  return manifest;
}

export interface RestoreOptions {
  folder: string;
  databaseUrl: string;
  uploadDir: string;
}

/**
 * Replaces the database and the uploads with a backup's. SQLite: through SQLite's backup API into the
 * live file, so a server that still has it open sees the restored data rather than a deleted file.
 * PostgreSQL: the schema is dropped and the archive restored in one transaction, so a failure leaves
 * the database as it was. Stop the app servers first; start them again to apply newer migrations.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const manifest = readManifest(options.folder);
  const provider = databaseProvider(options.databaseUrl);
  if (manifest.provider !== provider) {
    throw new Error(`Bản sao lưu là của ${manifest.provider}, còn DATABASE_URL trỏ tới ${provider}: không khôi phục chéo được.`);
  }
  const databaseFile = path.join(options.folder, manifest.database);
  if (provider === "sqlite") {
    const target = sqliteFilePath(options.databaseUrl);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
  } else {
    requireTool("pg_restore");
    requireTool("psql");
    const target = postgresTarget(options.databaseUrl);
    // The archive as SQL first, complete, so psql never runs (and commits) a script cut short.
    const script = path.join(os.tmpdir(), `portal-restore-${process.pid}-${Date.now()}.sql`);
    try {
      await run("pg_restore", ["--no-owner", "--no-privileges", `--file=${script}`, databaseFile], target.env);
      await run(
        "psql",
        [
          "--quiet",
          "--no-psqlrc",
          "--single-transaction",
          "--set=ON_ERROR_STOP=1",
          "--command=DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
          `--file=${script}`,
          `--dbname=${target.url}`,
        ],
        target.env,
      );
    } finally {
      fs.rmSync(script, { force: true });
    }
  }
  const incoming = `${options.uploadDir}.restoring`;
  fs.rmSync(incoming, { recursive: true, force: true });
  fs.cpSync(path.join(options.folder, UPLOADS), incoming, { recursive: true });
  fs.rmSync(options.uploadDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.resolve(options.uploadDir)), { recursive: true });
  fs.renameSync(incoming, options.uploadDir);
  return manifest;
}
