import type { core } from "zod/mini";

/**
 * Zod issues as `{ field: [messages] }`, for a form in the browser (the server's twin: authorized-action.ts).
 * `messageOf` words an issue in the page's language; without it the schema's own message is kept.
 */
export function fieldErrorsOf(
  error: core.$ZodError,
  messageOf: (issue: core.$ZodIssue) => string = (issue) => issue.message,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(messageOf(issue));
  return errors;
}
