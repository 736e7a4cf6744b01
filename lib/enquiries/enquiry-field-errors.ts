import type { z } from "zod";

/** Zod issues as `{ field: [messages] }`, for a form in the browser (the server's twin: authorized-action.ts). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return errors;
}
