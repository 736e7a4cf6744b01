import "server-only";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { db } from "@/lib/db/client";
import { columnsToFormValues, projectFormRowSelect } from "@/lib/projects/project-form-mapping";
import { getOpenRevision, revisionToFormValues } from "@/lib/projects/project-revision";
import { revisionChanges, type FieldChange } from "./revision-diff";

/** For a published project with an edit waiting for review: what the edit changes. Null otherwise. */
export async function getRevisionChanges(projectId: string): Promise<FieldChange[] | null> {
  if (projectId.length > 64) return null;
  const revision = await getOpenRevision(projectId);
  if (revision?.status !== "SUBMITTED") return null;
  const [live, reference] = await Promise.all([
    db.project.findFirst({ where: { id: projectId, status: "PUBLISHED" }, select: projectFormRowSelect }),
    getReferenceData(),
  ]);
  if (!live) return null;
  const liveValues = columnsToFormValues(live);
  const names = Object.fromEntries(
    [...reference.sectors, ...reference.forms, ...reference.locations].map((item) => [item.code, item.name]),
  );
  return revisionChanges(liveValues, revisionToFormValues(revision.data, liveValues), names);
}
