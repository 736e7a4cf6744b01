import { describe, expect, it } from "vitest";
import { appendColumnsInPlace } from "./additive-columns";

const previous = `CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Project_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id")
);
CREATE INDEX "Project_name_idx" ON "Project"("name");
`;

const rebuild = (columns: string, indexes = 'CREATE INDEX "Project_name_idx" ON "Project"("name");\n') => `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
${columns},
    CONSTRAINT "Project_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id")
);
INSERT INTO "new_Project" ("id", "name") SELECT "id", "name" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
${indexes}PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;

describe("appendColumnsInPlace", () => {
  it("adds appended columns with a default in place, and only the indexes that are new", () => {
    const sql = appendColumnsInPlace(
      rebuild(
        `    "id" TEXT NOT NULL PRIMARY KEY,\n    "name" TEXT NOT NULL DEFAULT '',\n    "mobile" TEXT NOT NULL DEFAULT '',\n    "area" REAL`,
        'CREATE INDEX "Project_name_idx" ON "Project"("name");\nCREATE INDEX "Project_mobile_idx" ON "Project"("mobile");\n',
      ),
      previous,
    );
    expect(sql).not.toContain("new_Project");
    expect(sql).not.toContain("PRAGMA");
    expect(sql).toContain(`ALTER TABLE "Project" ADD COLUMN "mobile" TEXT NOT NULL DEFAULT '';`);
    expect(sql).toContain(`ALTER TABLE "Project" ADD COLUMN "area" REAL;`);
    expect(sql).toContain('CREATE INDEX "Project_mobile_idx"');
    expect(sql).not.toContain('CREATE INDEX "Project_name_idx"');
  });

  it("leaves a rebuild that changes, reorders or constrains columns as Prisma wrote it", () => {
    const changed = rebuild(`    "id" TEXT NOT NULL PRIMARY KEY,\n    "name" TEXT,\n    "mobile" TEXT NOT NULL DEFAULT ''`);
    expect(appendColumnsInPlace(changed, previous)).toBe(changed);
    const required = rebuild(
      `    "id" TEXT NOT NULL PRIMARY KEY,\n    "name" TEXT NOT NULL DEFAULT '',\n    "mobile" TEXT NOT NULL`,
    );
    expect(appendColumnsInPlace(required, previous)).toBe(required);
    const inserted = rebuild(
      `    "id" TEXT NOT NULL PRIMARY KEY,\n    "mobile" TEXT NOT NULL DEFAULT '',\n    "name" TEXT NOT NULL DEFAULT ''`,
    );
    expect(appendColumnsInPlace(inserted, previous)).toBe(inserted);
  });
});
