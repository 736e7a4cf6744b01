import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./database-url";

/** Connections each app process keeps to PostgreSQL; several servers share one database's limit. */
const DEFAULT_POOL_SIZE = 10;

function poolSize(env: Record<string, string | undefined> = process.env): number {
  const size = Number(env.DATABASE_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_POOL_SIZE;
}

/**
 * The driver adapter for the configured database. Kept apart from the client module so that
 * scripts (migrate, seed, bench) and tests build clients the same way the app does. Both adapters
 * are migration-aware, so the schema engine talks through them too.
 */
export function createAdapter(url: string = databaseUrl()): PrismaBetterSqlite3 | PrismaPg {
  if (databaseProvider(url) === "postgresql") {
    return new PrismaPg({ connectionString: url, max: poolSize() });
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL (set once by the migrator, it persists in the file) lets readers run beside a writer;
  // the busy timeout makes a second writer wait instead of failing at once.
  return new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5000 });
}
