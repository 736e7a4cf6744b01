-- Keyword search (lib/catalogue/catalogue-search.ts) without scanning every project: a full-text
-- index over the folded "searchText" with the trigram tokenizer, which matches any substring of
-- three characters or more, the same rows as the LIKE '%term%' it replaces.
-- Written by hand: Prisma's schema cannot describe it. The index reads Project by rowid and is kept
-- current by the triggers below; a later migration that redefines "Project" (Prisma does that for
-- some column changes) drops them and must end by running this file's statements again.

-- CreateIndex
CREATE VIRTUAL TABLE "ProjectSearch" USING fts5(
    "searchText",
    content = 'Project',
    content_rowid = 'rowid',
    tokenize = 'trigram'
);

INSERT INTO "ProjectSearch" ("ProjectSearch") VALUES ('rebuild');

CREATE TRIGGER "Project_search_insert" AFTER INSERT ON "Project" BEGIN
    INSERT INTO "ProjectSearch" (rowid, "searchText") VALUES (new.rowid, new."searchText");
END;

CREATE TRIGGER "Project_search_delete" AFTER DELETE ON "Project" BEGIN
    INSERT INTO "ProjectSearch" ("ProjectSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
END;

CREATE TRIGGER "Project_search_update" AFTER UPDATE OF "searchText" ON "Project" BEGIN
    INSERT INTO "ProjectSearch" ("ProjectSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
    INSERT INTO "ProjectSearch" (rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
