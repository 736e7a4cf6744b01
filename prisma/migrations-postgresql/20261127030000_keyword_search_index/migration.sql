-- Keyword search (lib/catalogue/catalogue-search.ts) without scanning every project: a trigram
-- index over the folded "searchText", which serves the LIKE '%term%' of each keyword of three
-- characters or more. Written by hand: Prisma's schema cannot describe it.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Project_searchText_trgm_idx" ON "Project" USING GIN ("searchText" gin_trgm_ops);
