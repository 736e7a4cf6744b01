import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { DomainError, InvalidInputError } from "@/lib/errors";
import { GENERIC_ERROR_MESSAGE, INVALID_INPUT_MESSAGE, type ActionResult } from "./action-result";

const DENIED_MESSAGE = "Bạn không có quyền thực hiện thao tác này. Vui lòng đăng nhập lại.";

/** Zod issues as `{ "field.path": ["message"] }`, the shape the forms show beside each input. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * Wraps a server action: checks who calls it against the permission table, validates the input
 * with the shared schema, and turns failures into one result shape. A server action is a public
 * endpoint — it can be POSTed directly — so this runs whatever page the call seems to come from.
 */
export function authorizedAction<Schema extends z.ZodType, Result>(
  permission: Permission,
  schema: Schema,
  handler: (input: z.output<Schema>, user: CurrentUser) => Promise<Result>,
): (input: z.input<Schema>) => Promise<ActionResult<Result>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user || !can(user.role, permission)) {
      await recordAuditEvent({ action: `denied.${permission}`, actorId: user?.id ?? null }).catch(() => undefined);
      return { ok: false, message: DENIED_MESSAGE };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      if (error instanceof DomainError) return { ok: false, message: error.message };
      console.error("Server action failed", error);
      return { ok: false, message: GENERIC_ERROR_MESSAGE };
    }
  };
}
