import { getLocale, getTranslations } from "next-intl/server";
import { interestFormLabels } from "@/lib/enquiries/enquiry-texts";
import { InterestFormClient } from "./interest-form-client";

/**
 * "Quan tâm dự án này" in the page's language: the server words every text of the form (labels,
 * validation, notices) and the browser only shows them. The section's heading and introduction are
 * the page's own, under the same namespace: `section.heading`, `section.intro` ({unit}).
 */
export async function InterestForm({ projectId, unitName }: { projectId: string; unitName: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("enquiry")]);
  return <InterestFormClient projectId={projectId} locale={locale} labels={interestFormLabels(t, unitName)} />;
}
