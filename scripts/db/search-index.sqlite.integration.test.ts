import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { sqliteFilePath } from "@/lib/db/database-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { writeGeneratedProjects } from "@/scripts/bench/generated-projects";
import { ensureSqliteSearchIndex, missingSearchTriggers } from "./search-index";
import { createTestDatabase, type TestDatabase } from "./test-database";

describe("SQLite keyword index", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  const matches = async (word: string) =>
    (
      await prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT COUNT(*) AS n FROM "ProjectSearch" WHERE "ProjectSearch" MATCH ${`"${word}"`}`
    )[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    prisma = createPrismaClient(database.url);
    await seedReferenceData(prisma);
    await writeGeneratedProjects(prisma, 50);
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await database.cleanup();
  });

  it("has its triggers after every migration, and matches the projects", async () => {
    expect(await missingSearchTriggers(prisma)).toEqual([]);
    expect(await ensureSqliteSearchIndex(prisma)).toBe("ok");
    expect(await matches("xay dung")).toBe(50n);
  });

  it("is rebuilt when it no longer matches the rows (as after a VACUUM renumbering them)", async () => {
    const raw = new Database(sqliteFilePath(database.url));
    try {
      // Change the text behind the index's back, as a renumbering would.
      raw.exec(`DROP TRIGGER "Project_search_update"`);
      raw.exec(`UPDATE "Project" SET "searchText" = 'cang ca tac cau' WHERE "id" = 'bench-0000001'`);
    } finally {
      raw.close();
    }
    await expect(ensureSqliteSearchIndex(prisma)).rejects.toThrow(/Project_search_update/);

    const restore = new Database(sqliteFilePath(database.url));
    try {
      restore.exec(`CREATE TRIGGER "Project_search_update" AFTER UPDATE OF "searchText" ON "Project" BEGIN
        INSERT INTO "ProjectSearch" ("ProjectSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
        INSERT INTO "ProjectSearch" (rowid, "searchText") VALUES (new.rowid, new."searchText");
      END`);
    } finally {
      restore.close();
    }
    expect(await ensureSqliteSearchIndex(prisma)).toBe("rebuilt");
    expect(await matches("tac cau")).toBe(1n);
    expect(await ensureSqliteSearchIndex(prisma)).toBe("ok");
  });
});
