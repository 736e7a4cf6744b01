import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./database-url";

/**
 * The driver adapter for the configured database. Kept apart from the client module so that
 * scripts (migrate, seed, bench) and tests build clients the same way the app does.
 */
export function createAdapter(url: string = databaseUrl()) {
  const provider = databaseProvider(url);
  if (provider !== "sqlite") {
    throw new Error("PostgreSQL chưa được hỗ trợ trong phiên bản này; dùng DATABASE_URL=file:… (SQLite).");
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL (set once by the migrator, it persists in the file) lets readers run beside a writer;
  // the busy timeout makes a second writer wait instead of failing at once.
  return new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5000 });
}
