-- Attempts are only kept for the 15-minute window, and old rows have no account or address to carry over.
DELETE FROM "LoginAttempt";

-- DropIndex
DROP INDEX "LoginAttempt_key_createdAt_idx";

-- AlterTable
ALTER TABLE "LoginAttempt" DROP COLUMN "key",
ADD COLUMN     "account" TEXT NOT NULL,
ADD COLUMN     "address" TEXT NOT NULL,
ADD COLUMN     "failed" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "LoginAttempt_account_address_createdAt_idx" ON "LoginAttempt"("account", "address", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_address_createdAt_idx" ON "LoginAttempt"("address", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");
