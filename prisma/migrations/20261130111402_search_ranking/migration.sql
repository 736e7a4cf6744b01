-- Search ranking (lib/projects/search-text.ts, lib/catalogue/catalogue-search.ts): the folded
-- objectives, and the version of the recipe that wrote a row's search columns. Start-up
-- (scripts/db/refresh-search-fields.ts) recomputes every row whose version is not the current one,
-- which is every existing row after this migration (0).
--
-- Edited by hand: Prisma rebuilds "Project" to add a NOT NULL column, which would renumber the
-- rows the FTS5 keyword index follows and drop its triggers. SQLite adds such a column in place
-- when it has a default, and the schema keeps the two columns last so the table matches it.

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "objectivesSearch" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Project" ADD COLUMN "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Project_searchVersion_idx" ON "Project"("searchVersion");
