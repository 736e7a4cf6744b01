"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { saveOwnReport } from "./quarterly-reports";
import { reportSchema } from "./report-schema";

export const saveReportDraftAction = authorizedAction("report:file", reportSchema, async (values, user) => {
  const saved = await saveOwnReport(user, values, false);
  revalidatePath("/reports");
  return saved;
});

export const submitReportAction = authorizedAction("report:file", reportSchema, async (values, user) => {
  const saved = await saveOwnReport(user, values, true);
  revalidatePath("/reports");
  return saved;
});
