import type { core } from "zod/mini";

/** Zod issues as `{ field: [messages] }`, for a form in the browser (the server's twin: authorized-action.ts). */
export function fieldErrorsOf(error: core.$ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return errors;
}
