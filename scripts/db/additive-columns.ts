/**
 * SQLite cannot add a column between others, so Prisma writes every added column as a rebuild of
 * the table: create "new_T", copy the rows, drop "T", rename. For "Project" that renumbers the rows
 * the keyword index (an FTS5 table kept by triggers on rowid) follows, and drops the triggers with
 * the old table. When a rebuild only appends columns that have a default (or may be null) — a new
 * field of the template, say — SQLite can add them in place. This rewrites such a rebuild into
 * ALTER TABLE … ADD COLUMN, plus the indexes that are new; any other rebuild is left as it is.
 */

interface TableDefinition {
  columns: string[];
  constraints: string[];
}

/** The lines of a CREATE TABLE body, split into column definitions and table constraints. */
function tableDefinition(sql: string, table: string): TableDefinition | null {
  const match = new RegExp(`CREATE TABLE "${table}" \\(\\n([\\s\\S]*?)\\n\\);`).exec(sql);
  if (!match) return null;
  const lines = match[1]!.split(",\n").map((line) => line.trim());
  return {
    columns: lines.filter((line) => line.startsWith('"')),
    constraints: lines.filter((line) => !line.startsWith('"')),
  };
}

const indexNames = (sql: string, table: string) =>
  [...sql.matchAll(new RegExp(`CREATE (?:UNIQUE )?INDEX "([^"]+)" ON "${table}"`, "g"))].map((match) => match[1]!);

/**
 * `migration`: the SQL Prisma wrote; `previous`: the SQL that builds the schema before it (a diff
 * from nothing), where each table's current definition can be read.
 */
export function appendColumnsInPlace(migration: string, previous: string): string {
  let sql = migration;
  for (const [, table] of migration.matchAll(/CREATE TABLE "new_([^"]+)" \(/g)) {
    const before = tableDefinition(previous, table!);
    const after = tableDefinition(sql, `new_${table}`);
    if (!before || !after) continue;
    const added = after.columns.slice(before.columns.length);
    const appendsOnly =
      after.columns.slice(0, before.columns.length).join("\n") === before.columns.join("\n") &&
      after.constraints.join("\n") === before.constraints.join("\n") &&
      added.length > 0 &&
      added.every((column) => !/\bNOT NULL\b/.test(column) || /\bDEFAULT\b/.test(column)) &&
      !added.some((column) => /PRIMARY KEY|UNIQUE|REFERENCES/.test(column));
    if (!appendsOnly) continue;

    const existingIndexes = new Set(indexNames(previous, table!));
    const block = new RegExp(
      `CREATE TABLE "new_${table}" \\([\\s\\S]*?ALTER TABLE "new_${table}" RENAME TO "${table}";\\n((?:CREATE (?:UNIQUE )?INDEX [^\\n]*\\n)*)`,
    ).exec(sql);
    if (!block) continue;
    const newIndexes = block[1]!.split("\n").filter((line) => {
      const name = /INDEX "([^"]+)"/.exec(line)?.[1];
      return name !== undefined && !existingIndexes.has(name);
    });
    const replacement =
      `-- Added in place (scripts/db/additive-columns.ts): a rebuild would renumber "${table}"'s rows.\n` +
      added.map((column) => `ALTER TABLE "${table}" ADD COLUMN ${column};\n`).join("") +
      newIndexes.map((line) => `${line}\n`).join("");
    sql = sql.replace(block[0], replacement);
  }
  // The rebuild's own framing is useless once no table is rebuilt any more.
  if (!/CREATE TABLE "new_/.test(sql)) {
    sql = sql
      .replace(/-- RedefineTables\n/g, "")
      .replace(/PRAGMA defer_foreign_keys=(ON|OFF);\n/g, "")
      .replace(/PRAGMA foreign_keys=(ON|OFF);\n/g, "");
  }
  return sql;
}
