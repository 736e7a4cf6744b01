import "server-only";
import { attachmentSelect } from "@/lib/attachments/project-attachments";
import { projectTemplateSelect } from "@/lib/catalogue/public-project-page";
import { db } from "@/lib/db/client";

/** One project as the Editorial Board sees it: every field, status, version and attachments. */
export async function getSubmission(id: string) {
  if (id.length > 64) return null;
  return db.project.findFirst({
    where: { id, status: { not: "DRAFT" } },
    select: {
      ...projectTemplateSelect,
      status: true,
      version: true,
      submittedAt: true,
      attachments: { select: attachmentSelect, orderBy: { createdAt: "asc" } },
    },
  });
}
