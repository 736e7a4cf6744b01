-- CreateIndex
CREATE INDEX "Project_catalogue_idx" ON "Project"("status", "sectorId", "investmentFormId", "capitalVnd", "publishedAt", "lastConfirmedAt", "nameSort", "slug", "id");

-- CreateIndex
CREATE INDEX "Project_updatedAt_idx" ON "Project"("updatedAt");
