import path from "node:path";

/** Where the embedded database lives when DATABASE_URL is not set: a file under data/. */
const DEFAULT_DATABASE_URL = "file:./data/portal.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL không hợp lệ (giao thức "${url.split(":")[0]}"). Dùng "file:./data/portal.db" (SQLite) hoặc "postgresql://…".`,
  );
}

/** Absolute path of a SQLite database file, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}
