-- AlterTable
ALTER TABLE "Project" ADD COLUMN "latitude" REAL;
ALTER TABLE "Project" ADD COLUMN "longitude" REAL;
