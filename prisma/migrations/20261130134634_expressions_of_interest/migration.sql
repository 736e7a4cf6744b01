-- CreateTable
CREATE TABLE "Enquiry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "name" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "firstRepliedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Enquiry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnquiryReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enquiryId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EnquiryReply_enquiryId_fkey" FOREIGN KEY ("enquiryId") REFERENCES "Enquiry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnquiryReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnquiryAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "addressKey" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "challenge" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Enquiry_projectId_status_createdAt_idx" ON "Enquiry"("projectId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Enquiry_status_createdAt_idx" ON "Enquiry"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Enquiry_createdAt_idx" ON "Enquiry"("createdAt");

-- CreateIndex
CREATE INDEX "EnquiryReply_enquiryId_createdAt_idx" ON "EnquiryReply"("enquiryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnquiryAttempt_challenge_key" ON "EnquiryAttempt"("challenge");

-- CreateIndex
CREATE INDEX "EnquiryAttempt_addressKey_createdAt_idx" ON "EnquiryAttempt"("addressKey", "createdAt");

-- CreateIndex
CREATE INDEX "EnquiryAttempt_emailKey_createdAt_idx" ON "EnquiryAttempt"("emailKey", "createdAt");

-- CreateIndex
CREATE INDEX "EnquiryAttempt_createdAt_idx" ON "EnquiryAttempt"("createdAt");
