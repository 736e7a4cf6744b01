-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- AlterEnum
ALTER TYPE "OrganizationKind" ADD VALUE 'COMMUNE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Sector" ADD COLUMN     "mergedIntoId" TEXT;

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "mergedIntoId" TEXT;

-- AlterTable
ALTER TABLE "InvestmentForm" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "UserToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceDataVersion" (
    "id" TEXT NOT NULL DEFAULT 'catalogue',
    "version" INTEGER NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceDataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteSettings" (
    "id" TEXT NOT NULL DEFAULT 'site',
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_purpose_usedAt_idx" ON "UserToken"("userId", "purpose", "usedAt");

-- AddForeignKey
ALTER TABLE "Sector" ADD CONSTRAINT "Sector_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentForm" ADD CONSTRAINT "InvestmentForm_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "InvestmentForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
