-- AlterTable
ALTER TABLE "ProjectRevision" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "snapshot" JSONB;
