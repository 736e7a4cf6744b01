-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;
