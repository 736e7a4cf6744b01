/**
 * SQLite's keyword index (the FTS5 table "ProjectSearch", see the keyword_search_index migration)
 * follows "Project" by rowid, through triggers. Two things can break that silently: a migration
 * that rebuilds "Project" drops the triggers, and VACUUM may renumber rowids. The start script
 * checks the triggers before serving (a missing one would let the index drift with every write) and
 * compares the index with the rows once the server answers (about 2 s per 100,000 projects, and only
 * a VACUUM, rare and deliberate, can make them differ). PostgreSQL's trigram index is an ordinary
 * index and needs nothing.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const SEARCH_TRIGGERS = ["Project_search_insert", "Project_search_delete", "Project_search_update"];

export async function missingSearchTriggers(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'trigger'`;
  const present = new Set(rows.map((row) => row.name));
  return SEARCH_TRIGGERS.filter((name) => !present.has(name));
}

/** Refuses a database whose index no longer follows "Project" (a migration rebuilt the table). */
export async function assertSearchTriggers(prisma: PrismaClient): Promise<void> {
  const missing = await missingSearchTriggers(prisma);
  if (missing.length > 0) {
    throw new Error(
      `Thiếu trigger của chỉ mục tìm kiếm (${missing.join(", ")}): một migration đã dựng lại bảng "Project". ` +
        "Thêm vào cuối migration đó các lệnh CREATE TRIGGER của migration keyword_search_index.",
    );
  }
}

/** Rebuilds the index when it no longer matches the projects; "ok" when it did. */
export async function ensureSqliteSearchIndex(prisma: PrismaClient): Promise<"ok" | "rebuilt"> {
  await assertSearchTriggers(prisma);
  try {
    // Rank 1 also compares the index with the rows of "Project" (about 2 s per 100,000 projects).
    await prisma.$executeRawUnsafe(`INSERT INTO "ProjectSearch" ("ProjectSearch", rank) VALUES ('integrity-check', 1)`);
    return "ok";
  } catch {
    await prisma.$executeRawUnsafe(`INSERT INTO "ProjectSearch" ("ProjectSearch") VALUES ('rebuild')`);
    return "rebuilt";
  }
}
