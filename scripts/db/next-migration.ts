/**
 * Writing the next migration folder: the diff from the last migration's schema snapshot to the
 * schema now. Kept apart from the CLI (new-migration.ts) so tests can run it on scratch folders.
 */
import fs from "node:fs";
import path from "node:path";
import {
  LOCKFILE_NAME,
  MIGRATION_SQL_NAME,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
  SNAPSHOT_NAME,
  latestSnapshot,
  lockfileContent,
  lockfileProvider,
  readLockfile,
  schemaProvider,
} from "./migrations-folder";
import { diffSchemas, isEmptyMigration } from "./schema-engine";

const NAME_PATTERN = /^[a-z0-9]+(?:[_-]+[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 60;

/** Checks a migration name and returns it in snake case (dashes become underscores). */
export function normalizeMigrationName(raw: string): string {
  const name = raw.trim();
  if (!NAME_PATTERN.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new Error(
      `Tên migration không hợp lệ: "${raw}". Chỉ dùng chữ thường không dấu, chữ số, "_" hoặc "-" ` +
        `(tối đa ${MAX_NAME_LENGTH} ký tự), ví dụ: add_project_budget.`,
    );
  }
  return name.replace(/-+/g, "_").replace(/_+/g, "_");
}

/** `YYYYMMDDHHMMSS` in UTC, as `prisma migrate dev` names its folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Folders apply in name order, so a new one must sort after the last even when two are made in
 * the same second or the clock is behind the machine that made the last one.
 */
function nextTimestamp(now: Date, latestMigration: string | undefined): string {
  const candidate = migrationTimestamp(now);
  const latest = latestMigration?.slice(0, 14);
  if (!latest || !/^\d{14}$/.test(latest) || candidate > latest) return candidate;
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(latest) ?? [];
  const latestDate = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return migrationTimestamp(new Date(latestDate + 1000));
}

export interface NextMigrationOptions {
  name: string;
  schemaPath?: string;
  migrationsDir?: string;
  now?: Date;
}

export type NextMigrationResult =
  | { status: "created"; name: string; dir: string; sql: string }
  | { status: "unchanged"; latestMigration: string | null };

export async function writeNextMigration(options: NextMigrationOptions): Promise<NextMigrationResult> {
  const name = normalizeMigrationName(options.name);
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schema = fs.readFileSync(schemaPath, "utf8");

  const provider = schemaProvider(schema);
  const lockfile = readLockfile(migrationsDir);
  const lockedProvider = lockfile === null ? null : lockfileProvider(lockfile);
  if (lockedProvider !== null && lockedProvider !== provider) {
    throw new Error(
      `Schema dùng provider "${provider}" nhưng ${LOCKFILE_NAME} ghi "${lockedProvider}": ` +
        "các migration hiện có không dùng được cho provider này.",
    );
  }

  const latest = latestSnapshot(migrationsDir);
  const sql = await diffSchemas(latest?.schema ?? null, schema, {
    from: latest ? path.join(migrationsDir, latest.migration, SNAPSHOT_NAME) : undefined,
    to: schemaPath,
  });
  if (isEmptyMigration(sql)) return { status: "unchanged", latestMigration: latest?.migration ?? null };

  const folderName = `${nextTimestamp(options.now ?? new Date(), latest?.migration)}_${name}`;
  const dir = path.join(migrationsDir, folderName);
  fs.mkdirSync(migrationsDir, { recursive: true });
  // Not recursive: an existing folder of the same name must fail rather than be overwritten.
  fs.mkdirSync(dir);
  try {
    fs.writeFileSync(path.join(dir, MIGRATION_SQL_NAME), sql);
    fs.writeFileSync(path.join(dir, SNAPSHOT_NAME), schema);
    if (lockfile === null) fs.writeFileSync(path.join(migrationsDir, LOCKFILE_NAME), lockfileContent(provider));
  } catch (error) {
    // A folder without its snapshot would break every later migration: leave nothing half-made.
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { status: "created", name: folderName, dir, sql };
}
