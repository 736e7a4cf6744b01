/**
 * One schema, two databases. prisma/schema.prisma is the only place the models are written (for
 * SQLite, the embedded default); the PostgreSQL schema is derived from it here, never edited by
 * hand. Each provider has its own generated client (the query compiler is per provider) and its
 * own migrations folder (the SQL differs).
 *
 * Plain text handling, no engine: safe to import anywhere.
 */
import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { REPO_ROOT, SCHEMA_PATH } from "./migrations-folder";

export const PROVIDERS: readonly DatabaseProvider[] = ["sqlite", "postgresql"];

const MIGRATIONS_DIRS: Record<DatabaseProvider, string> = {
  // Prisma's default place, so the SQLite history stays where the Prisma CLI looks for it.
  sqlite: path.join(REPO_ROOT, "prisma", "migrations"),
  postgresql: path.join(REPO_ROOT, "prisma", "migrations-postgresql"),
};

/** Where each client is generated, relative to prisma/ (the generator's `output`). */
const CLIENT_OUTPUTS: Record<DatabaseProvider, string> = {
  sqlite: "../lib/generated/prisma",
  postgresql: "../lib/generated/prisma-postgresql",
};

export function migrationsDirFor(provider: DatabaseProvider): string {
  return MIGRATIONS_DIRS[provider];
}

function replaceInBlock(schemaText: string, block: RegExp, key: string, value: string): string {
  const match = block.exec(schemaText);
  if (!match) throw new Error(`Không tìm thấy khối ${block.source} trong schema.`);
  const keyLine = new RegExp(`^(\\s*${key}\\s*=\\s*)"[^"]*"`, "m");
  if (!keyLine.test(match[0])) throw new Error(`Khối ${block.source} của schema thiếu ${key}.`);
  const replaced = match[0].replace(keyLine, `$1"${value}"`);
  return schemaText.slice(0, match.index) + replaced + schemaText.slice(match.index + match[0].length);
}

/**
 * The schema for one provider: prisma/schema.prisma with its datasource provider and client output
 * swapped. The models are provider-neutral by rule (see the schema's header), so nothing else changes.
 */
export function schemaFor(provider: DatabaseProvider, schemaText: string = fs.readFileSync(SCHEMA_PATH, "utf8")): string {
  const withProvider = replaceInBlock(schemaText, /^datasource\s+\w+\s*\{[^}]*\}/m, "provider", provider);
  return replaceInBlock(withProvider, /^generator\s+client\s*\{[^}]*\}/m, "output", CLIENT_OUTPUTS[provider]);
}

/**
 * Search indexes written by hand in the migrations (Prisma's schema cannot describe them; see the
 * keyword_search_index migration). Drift checks must neither drop nor demand them.
 */
export const HAND_WRITTEN_OBJECTS = {
  /** SQLite: the FTS5 table and the shadow tables FTS5 keeps beside it. */
  sqliteTables: ["ProjectSearch", "ProjectSearch_config", "ProjectSearch_data", "ProjectSearch_docsize", "ProjectSearch_idx"],
  postgresqlIndexes: ["Project_searchText_trgm_idx"],
  postgresqlExtensions: ["pg_trgm"],
} as const;
