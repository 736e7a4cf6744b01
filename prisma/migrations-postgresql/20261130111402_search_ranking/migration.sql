-- Search ranking (lib/projects/search-text.ts, lib/catalogue/catalogue-search.ts): the folded
-- objectives, and the version of the recipe that wrote a row's search columns. Start-up
-- (scripts/db/refresh-search-fields.ts) recomputes every row whose version is not the current one,
-- which is every existing row after this migration (0).

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "objectivesSearch" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Project_searchVersion_idx" ON "Project"("searchVersion");
