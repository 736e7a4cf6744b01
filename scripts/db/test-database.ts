/**
 * Fresh, fully migrated SQLite files for integration tests.
 *
 * Migrating takes a few hundred milliseconds; writing a file takes almost nothing. So the first
 * call in a process migrates a scratch file once, keeps its bytes in memory, and every call writes
 * them to a new file. Nothing of the template stays on disk.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "./schema-engine";

export interface TestDatabase {
  /** A DATABASE_URL for the file, e.g. for `createPrismaClient(url)`. */
  url: string;
  file: string;
  /** Deletes the file; call it (e.g. in afterAll) once the clients using it are disconnected. */
  cleanup(): void;
}

let template: Promise<Buffer> | undefined;
const liveFiles = new Set<string>();

function scratchFile(label: string): string {
  return path.join(os.tmpdir(), `portal-${label}-${process.pid}-${crypto.randomUUID()}.db`);
}

function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  liveFiles.delete(file);
}

function migratedTemplate(): Promise<Buffer> {
  template ??= (async () => {
    const file = scratchFile("template");
    try {
      await applyMigrations(`file:${file}`);
      // serialize() reads through any WAL content, and the image keeps the file's WAL mode.
      const db = new Database(file, { readonly: true });
      try {
        return db.serialize();
      } finally {
        db.close();
      }
    } finally {
      removeSqliteFiles(file);
    }
  })().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  return template;
}

// Safety net for a forgotten cleanup() in plain Node runs. Vitest may end its workers without an
// "exit" event, so tests should not rely on it.
process.once("exit", () => {
  for (const file of liveFiles) removeSqliteFiles(file);
});

/** A new SQLite file under the OS temp folder with every migration applied (WAL mode). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const image = await migratedTemplate();
  const file = scratchFile("test");
  fs.writeFileSync(file, image, { flag: "wx" });
  liveFiles.add(file);
  return { url: `file:${file}`, file, cleanup: () => removeSqliteFiles(file) };
}
