// The servers Playwright starts: the production build on their own ports, over a database made
// fresh for the run, so browser tests neither depend on nor damage a developer's data.
// E2E_SERVER_ROLE=primary (default) wipes and prepares the database; a "secondary" server joins the
// same database as a second app server would in production, without touching it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";
import { dropPostgresDatabase, quoteIdent, removeSqliteFiles } from "./db/test-database";

const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
const role = process.env.E2E_SERVER_ROLE ?? "primary";
// The servers' own upload folder, emptied with their database, so test files never mix with the
// developer's and the start-up sweep never judges the developer's files by the test database.
const uploadDir = path.join("data", "e2e-uploads");

/** The database a URL names: the file for SQLite, the database's own name for PostgreSQL. */
function databaseName(databaseUrl: string): string {
  return databaseProvider(databaseUrl) === "postgresql"
    ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
    : path.basename(sqliteFilePath(databaseUrl));
}

async function recreatePostgresDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await dropPostgresDatabase(client, name);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

// A test run wipes its database: refuse anything whose own name (not a user, host or password that
// happens to contain the word) does not say it is the browser tests' database.
if (!/e2e/.test(databaseName(url))) {
  console.error(`Từ chối chạy kiểm thử trên cơ sở dữ liệu không dành cho kiểm thử: ${url.split(":")[0]}…`);
  process.exit(1);
}

if (role === "primary") {
  fs.rmSync(uploadDir, { recursive: true, force: true });
  if (databaseProvider(url) === "postgresql") {
    await recreatePostgresDatabase(url);
  } else {
    const file = sqliteFilePath(url);
    removeSqliteFiles(file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
} else {
  // The primary has prepared the database and holds it open; migrating again would wait on it.
  process.env.PORTAL_PREPARE_DATABASE = "false";
}

process.env.DATABASE_URL = url;
process.env.UPLOAD_DIR = uploadDir;
process.env.PORT ??= "3100";
process.env.PORTAL_DEMO = "true";
await import("./start");
