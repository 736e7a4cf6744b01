// The server Playwright starts: the production build on its own port, over a database file made
// fresh for the run, so browser tests neither depend on nor damage a developer's data.
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";

const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
if (databaseProvider(url) !== "sqlite" || !url.includes("e2e")) {
  // A test run wipes its database: refuse anything that is not clearly a test database.
  console.error(`Từ chối chạy kiểm thử trên cơ sở dữ liệu không dành cho kiểm thử: ${url.split(":")[0]}…`);
  process.exit(1);
}
const file = sqliteFilePath(url);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
fs.mkdirSync(path.dirname(file), { recursive: true });

process.env.DATABASE_URL = url;
process.env.PORT ??= "3100";
process.env.PORTAL_DEMO = "true";
await import("./start");
