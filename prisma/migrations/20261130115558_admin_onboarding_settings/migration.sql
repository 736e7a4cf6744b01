-- CreateTable
CREATE TABLE "UserToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferenceDataVersion" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'catalogue',
    "version" INTEGER NOT NULL DEFAULT 0,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SiteSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'site',
    "provinceName" TEXT NOT NULL,
    "provinceShortName" TEXT NOT NULL,
    "portalName" TEXT NOT NULL,
    "editorialBoardName" TEXT NOT NULL,
    "editorialBoardAddress" TEXT NOT NULL DEFAULT '',
    "editorialBoardPhone" TEXT NOT NULL DEFAULT '',
    "editorialBoardEmail" TEXT NOT NULL DEFAULT '',
    "operatorName" TEXT NOT NULL,
    "operatorAddress" TEXT NOT NULL DEFAULT '',
    "operatorPhone" TEXT NOT NULL DEFAULT '',
    "operatorEmail" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL,
    "organizationId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "email", "id", "name", "organizationId", "passwordHash", "role", "sessionVersion", "updatedAt") SELECT "active", "createdAt", "email", "id", "name", "organizationId", "passwordHash", "role", "sessionVersion", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Sector" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mergedIntoId" TEXT,
    CONSTRAINT "Sector_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Sector" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Sector" ("active", "code", "id", "name", "sortOrder") SELECT "active", "code", "id", "name", "sortOrder" FROM "Sector";
DROP TABLE "Sector";
ALTER TABLE "new_Sector" RENAME TO "Sector";
CREATE UNIQUE INDEX "Sector_code_key" ON "Sector"("code");
CREATE TABLE "new_Location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mergedIntoId" TEXT,
    CONSTRAINT "Location_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Location" ("active", "code", "id", "name", "sortOrder") SELECT "active", "code", "id", "name", "sortOrder" FROM "Location";
DROP TABLE "Location";
ALTER TABLE "new_Location" RENAME TO "Location";
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");
CREATE TABLE "new_InvestmentForm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mergedIntoId" TEXT,
    CONSTRAINT "InvestmentForm_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "InvestmentForm" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_InvestmentForm" ("active", "code", "id", "name", "sortOrder") SELECT "active", "code", "id", "name", "sortOrder" FROM "InvestmentForm";
DROP TABLE "InvestmentForm";
ALTER TABLE "new_InvestmentForm" RENAME TO "InvestmentForm";
CREATE UNIQUE INDEX "InvestmentForm_code_key" ON "InvestmentForm"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_purpose_usedAt_idx" ON "UserToken"("userId", "purpose", "usedAt");
