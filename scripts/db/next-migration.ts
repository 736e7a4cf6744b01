/**
 * Writing the next migration folders: the diff from each provider's last schema snapshot to the
 * schema now. Kept apart from the CLI (new-migration.ts) so tests can run it on scratch folders.
 */
import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/db/database-url";
import {
  LOCKFILE_NAME,
  MIGRATION_SQL_NAME,
  SCHEMA_PATH,
  SNAPSHOT_NAME,
  latestSnapshot,
  lockfileContent,
  lockfileProvider,
  readLockfile,
  schemaProvider,
} from "./migrations-folder";
import { appendColumnsInPlace } from "./additive-columns";
import { PROVIDERS, migrationsDirFor, schemaFor } from "./providers";
import { diffSchemas, isEmptyMigration } from "./schema-engine";

const NAME_PATTERN = /^[a-z0-9]+(?:[_-]+[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 60;

/** Checks a migration name and returns it in snake case (dashes become underscores). */
function normalizeMigrationName(raw: string): string {
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
function migrationTimestamp(date: Date): string {
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
  /** One folder per provider; defaults to the project's (see providers.ts). */
  migrationsDirs?: Partial<Record<DatabaseProvider, string>>;
  now?: Date;
}

export type NextMigrationResult =
  | { status: "created"; name: string; created: { provider: DatabaseProvider; dir: string; sql: string }[] }
  | { status: "unchanged"; latestMigration: string | null };

interface PendingMigration {
  provider: DatabaseProvider;
  migrationsDir: string;
  schema: string;
  lockfile: string | null;
  sql: string;
}

async function pendingMigration(
  provider: DatabaseProvider,
  migrationsDir: string,
  sourceSchema: string,
  schemaPath: string,
): Promise<PendingMigration & { latest: string | null }> {
  const schema = schemaFor(provider, sourceSchema);
  const lockfile = readLockfile(migrationsDir);
  const lockedProvider = lockfile === null ? null : lockfileProvider(lockfile);
  if (lockedProvider !== null && lockedProvider !== schemaProvider(schema)) {
    throw new Error(
      `${migrationsDir}/${LOCKFILE_NAME} ghi provider "${lockedProvider}", không phải "${provider}": ` +
        "thư mục migration này không dành cho cơ sở dữ liệu đó.",
    );
  }
  const latest = latestSnapshot(migrationsDir);
  let sql = await diffSchemas(latest?.schema ?? null, schema, {
    from: latest ? path.join(migrationsDir, latest.migration, SNAPSHOT_NAME) : undefined,
    to: schemaPath,
  });
  if (provider === "sqlite" && latest && /CREATE TABLE "new_/.test(sql))
    sql = appendColumnsInPlace(sql, await diffSchemas(null, latest.schema));
  return { provider, migrationsDir, schema, lockfile, sql, latest: latest?.migration ?? null };
}

function writeFolder(pending: PendingMigration, folderName: string): string {
  const dir = path.join(pending.migrationsDir, folderName);
  fs.mkdirSync(pending.migrationsDir, { recursive: true });
  // Not recursive: an existing folder of the same name must fail rather than be overwritten.
  fs.mkdirSync(dir);
  try {
    fs.writeFileSync(path.join(dir, MIGRATION_SQL_NAME), pending.sql);
    fs.writeFileSync(path.join(dir, SNAPSHOT_NAME), pending.schema);
    if (pending.lockfile === null) {
      fs.writeFileSync(path.join(pending.migrationsDir, LOCKFILE_NAME), lockfileContent(schemaProvider(pending.schema)));
    }
  } catch (error) {
    // A folder without its snapshot would break every later migration: leave nothing half-made.
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/**
 * Writes the next migration for every database: for each provider, the diff from its last
 * snapshot to prisma/schema.prisma as that provider sees it. The folders share one name.
 */
export async function writeNextMigration(options: NextMigrationOptions): Promise<NextMigrationResult> {
  const name = normalizeMigrationName(options.name);
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const sourceSchema = fs.readFileSync(schemaPath, "utf8");

  const pending = [];
  for (const provider of PROVIDERS) {
    const migrationsDir = options.migrationsDirs?.[provider] ?? migrationsDirFor(provider);
    pending.push(await pendingMigration(provider, migrationsDir, sourceSchema, schemaPath));
  }
  const latestMigration =
    pending
      .map((item) => item.latest ?? "")
      .sort()
      .at(-1) || null;
  const changed = pending.filter((item) => !isEmptyMigration(item.sql));
  if (changed.length === 0) return { status: "unchanged", latestMigration };

  const folderName = `${nextTimestamp(options.now ?? new Date(), latestMigration ?? undefined)}_${name}`;
  const created = changed.map((item) => ({ provider: item.provider, dir: writeFolder(item, folderName), sql: item.sql }));
  return { status: "created", name: folderName, created };
}
