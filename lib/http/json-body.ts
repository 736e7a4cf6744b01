import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/authorized-action";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/action-result";
import { InvalidInputError } from "@/lib/errors";

/**
 * A route handler's JSON body, bounded in size and checked against the shared schema; anything else
 * is an InvalidInputError (422 with the fields' messages).
 */
export async function readJsonBody<Schema extends z.core.$ZodType>(
  request: Request,
  schema: Schema,
  maxBytes: number,
): Promise<z.output<Schema>> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new InvalidInputError("Nội dung gửi quá dài.");
  const text = await request.text();
  if (text.length > maxBytes) throw new InvalidInputError("Nội dung gửi quá dài.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidInputError(INVALID_INPUT_MESSAGE);
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new InvalidInputError(INVALID_INPUT_MESSAGE, fieldErrorsOf(parsed.error));
  return parsed.data;
}
