"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { saveOwnReportDraft, submitOwnReport } from "./quarterly-reports";
import { reportDraftSchema, reportSchema } from "./report-schema";

export const saveReportDraftAction = authorizedAction("report:file", reportDraftSchema, async (values, user) => {
  const saved = await saveOwnReportDraft(user, values);
  revalidatePath("/reports");
  return saved;
});

export const submitReportAction = authorizedAction("report:file", reportSchema, async (values, user) => {
  const saved = await submitOwnReport(user, values);
  revalidatePath("/reports");
  return saved;
});
