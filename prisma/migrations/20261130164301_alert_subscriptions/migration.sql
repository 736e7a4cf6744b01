-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "unsubscribeUrl" TEXT;

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "confirmTokenHash" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "lastPeriod" TEXT,
    "digestedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_confirmTokenHash_key" ON "AlertSubscription"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "AlertSubscription_confirmedAt_frequency_lastPeriod_idx" ON "AlertSubscription"("confirmedAt", "frequency", "lastPeriod");

-- CreateIndex
CREATE INDEX "AlertSubscription_email_idx" ON "AlertSubscription"("email");

-- CreateIndex
CREATE INDEX "AlertSubscription_createdAt_idx" ON "AlertSubscription"("createdAt");
