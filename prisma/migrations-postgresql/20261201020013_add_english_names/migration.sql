-- AlterTable
ALTER TABLE "Sector" ADD COLUMN     "nameEn" TEXT;

-- AlterTable
ALTER TABLE "InvestmentForm" ADD COLUMN     "nameEn" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "summaryEn" TEXT;
