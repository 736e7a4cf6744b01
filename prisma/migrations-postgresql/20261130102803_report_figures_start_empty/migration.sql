-- AlterTable
ALTER TABLE "QuarterlyReport" ALTER COLUMN "newsPosted" DROP NOT NULL,
ALTER COLUMN "newsPosted" DROP DEFAULT,
ALTER COLUMN "documentsPublished" DROP NOT NULL,
ALTER COLUMN "documentsPublished" DROP DEFAULT,
ALTER COLUMN "promotionItems" DROP NOT NULL,
ALTER COLUMN "promotionItems" DROP DEFAULT;
