-- CreateIndex
CREATE INDEX "Project_status_lastConfirmedAt_idx" ON "Project"("status", "lastConfirmedAt");
