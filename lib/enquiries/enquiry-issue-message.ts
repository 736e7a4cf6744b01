import type { core } from "zod/mini";

/**
 * The interest form's error texts in one language, keyed by field and zod issue code. Built on the
 * server from messages/<locale>/enquiry.json (enquiry-texts.ts) and handed to the browser as plain
 * strings, so the browser needs no message formatter to show them.
 */
export interface EnquiryErrorTexts {
  fields: Partial<Record<string, Partial<Record<core.$ZodIssueCode, string>>>>;
  /** For what the form itself never sends (a wrong type on a hidden field, an unknown key). */
  invalid: string;
}

/**
 * What to say about one issue the shared schema raised. The schema keeps the rules (and its own
 * Vietnamese messages); which rule failed is told by the field and the issue's code, so the page's
 * language can word it without a second copy of the rules.
 */
export function enquiryIssueMessage(issue: core.$ZodIssue, texts: EnquiryErrorTexts): string {
  const field = issue.path.length === 1 ? String(issue.path[0]) : "";
  const byCode = Object.hasOwn(texts.fields, field) ? texts.fields[field] : undefined;
  return byCode?.[issue.code] ?? texts.invalid;
}
