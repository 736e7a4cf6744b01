import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv, type Env } from "@/lib/env-schema";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./database-url";

/**
 * PostgreSQL pool settings. pg's own defaults wait forever for a connection and for an answer;
 * here every wait is bounded, on the client (a server that stopped answering) and on the server
 * (a statement or a transaction left hanging), so a sick database gives an error page in seconds.
 */
function postgresPoolConfig(url: string, settings: Env = readEnv()) {
  return {
    connectionString: url,
    max: settings.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: settings.DATABASE_IDLE_TIMEOUT_MS,
    statement_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: settings.DATABASE_IDLE_TIMEOUT_MS,
    // Client side, a little after the server's own limit: covers a server that no longer answers at all.
    query_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS + 2_000,
  };
}

/**
 * The driver adapter for the configured database. Kept apart from the client module so that
 * scripts (migrate, seed, bench) and tests build clients the same way the app does. Both adapters
 * are migration-aware, so the schema engine talks through them too.
 */
export function createAdapter(url: string = databaseUrl()): PrismaBetterSqlite3 | PrismaPg {
  if (databaseProvider(url) === "postgresql") return new PrismaPg(postgresPoolConfig(url));
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL (set once by the migrator, it persists in the file) lets readers run beside a writer;
  // the busy timeout makes a second writer wait instead of failing at once.
  return new SqliteWithImmediateTransactions({ url: `file:${file}`, timeout: 5000 });
}

/**
 * The adapter opens transactions with a plain BEGIN, which takes the write lock only at the first
 * write. When another process (a second server, or a worker of PORTAL_WORKERS) writes after such a
 * transaction has read, SQLite cannot let it write on what it read and answers SQLITE_BUSY at once,
 * without the busy timeout: a read-then-write transaction (a subscription, a notice sent once) then
 * failed with a server error. BEGIN IMMEDIATE takes the write lock first, so a second writer waits.
 */
class SqliteWithImmediateTransactions extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}
