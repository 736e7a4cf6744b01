-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuarterlyReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "newsPosted" INTEGER,
    "documentsPublished" INTEGER,
    "promotionItems" INTEGER,
    "difficulties" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',
    "systemFigures" JSONB,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuarterlyReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuarterlyReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_QuarterlyReport" ("createdAt", "difficulties", "documentsPublished", "id", "newsPosted", "organizationId", "promotionItems", "proposals", "quarter", "status", "submittedAt", "submittedById", "systemFigures", "updatedAt", "year") SELECT "createdAt", "difficulties", "documentsPublished", "id", "newsPosted", "organizationId", "promotionItems", "proposals", "quarter", "status", "submittedAt", "submittedById", "systemFigures", "updatedAt", "year" FROM "QuarterlyReport";
DROP TABLE "QuarterlyReport";
ALTER TABLE "new_QuarterlyReport" RENAME TO "QuarterlyReport";
CREATE UNIQUE INDEX "QuarterlyReport_organizationId_year_quarter_key" ON "QuarterlyReport"("organizationId", "year", "quarter");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
