import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/authorized-action";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/action-result";
import { InvalidInputError } from "@/lib/errors";

/** What a refused body is told; a public form on an English page passes its own words. */
export interface JsonBodyMessages {
  tooLarge: string;
  /** Not JSON, or fields the schema refused. */
  invalid: string;
  /** One field's message for a schema issue; the schema's own message if not given. */
  issue?: (issue: z.core.$ZodIssue) => string;
}

const DEFAULT_MESSAGES: JsonBodyMessages = { tooLarge: "Nội dung gửi quá dài.", invalid: INVALID_INPUT_MESSAGE };

/**
 * A route handler's JSON body, bounded in size and checked against the shared schema; anything else
 * is an InvalidInputError (422 with the fields' messages).
 */
export async function readJsonBody<Schema extends z.core.$ZodType>(
  request: Request,
  schema: Schema,
  maxBytes: number,
  messages: JsonBodyMessages = DEFAULT_MESSAGES,
): Promise<z.output<Schema>> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new InvalidInputError(messages.tooLarge);
  const text = await request.text();
  if (text.length > maxBytes) throw new InvalidInputError(messages.tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidInputError(messages.invalid);
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new InvalidInputError(messages.invalid, wordedFieldErrors(parsed.error, messages.issue));
  return parsed.data;
}

function wordedFieldErrors(error: z.ZodError, worded: JsonBodyMessages["issue"]): Record<string, string[]> {
  if (!worded) return fieldErrorsOf(error);
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(worded(issue));
  return errors;
}
