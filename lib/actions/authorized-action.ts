import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { DomainError, InvalidInputError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { GENERIC_ERROR_MESSAGE, INVALID_INPUT_MESSAGE, type ActionResult } from "./action-result";

const DENIED_MESSAGE = "Bạn không có quyền thực hiện thao tác này. Vui lòng đăng nhập lại.";

/**
 * Who may call each wrapped action. A server action is a public endpoint, so every exported one
 * must come out of one of the wrappers below; a test imports every "use server" module and fails
 * on any export that is not in here.
 */
const ACCESS = new WeakMap<object, Permission | "anyone">();

export function actionAccess(action: unknown): Permission | "anyone" | undefined {
  return typeof action === "function" ? ACCESS.get(action) : undefined;
}

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
export function authorizedAction<Schema extends z.core.$ZodType, Result>(
  permission: Permission,
  schema: Schema,
  handler: (input: z.output<Schema>, user: CurrentUser) => Promise<Result>,
): (input: z.input<Schema>) => Promise<ActionResult<Result>> {
  const action = async (raw: z.input<Schema>): Promise<ActionResult<Result>> => {
    const user = await getCurrentUser();
    if (!user || !can(user.role, permission)) {
      await recordAuditEvent({ action: `denied.${permission}`, actorId: user?.id ?? null }).catch(() => undefined);
      return { ok: false, message: DENIED_MESSAGE };
    }
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return { ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error);
      const failure = domainFailure(error);
      if (failure) return failure;
      logger.error({ err: error, permission }, "Server action failed");
      return { ok: false, message: GENERIC_ERROR_MESSAGE };
    }
  };
  ACCESS.set(action, permission);
  return action;
}

/** What the domain refused on purpose, in the result shape; anything else is for the log. */
function domainFailure(error: unknown): ActionResult<never> | null {
  if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) return { ok: false, message: error.message };
  return null;
}

/**
 * The few actions anyone may call (signing in and out). They take whatever a caller sends, so they
 * check their arguments themselves; an unexpected failure is logged and answered with the generic
 * message, never thrown at the caller. Next's redirects pass through.
 */
export function actionForAnyone<Args extends unknown[], Result>(
  handler: (...args: Args) => Promise<Result>,
  onError: () => Result,
): (...args: Args) => Promise<Result> {
  const action = async (...args: Args): Promise<Result> => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      console.error("Server action failed", error);
      return onError();
    }
  };
  ACCESS.set(action, "anyone");
  return action;
}

/**
 * A form anyone may send, for people who cannot sign in (a forgotten password, a one-time link): no
 * caller to check, so the shared schema and what the handler itself proves — a token — protect it.
 * Answers in the same result shape as authorizedAction.
 */
export function formActionForAnyone<Schema extends z.core.$ZodType, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Result>,
): (input: z.input<Schema>) => Promise<ActionResult<Result>> {
  return actionForAnyone(
    async (raw: z.input<Schema>): Promise<ActionResult<Result>> => {
      const parsed = z.safeParse(schema, raw);
      if (!parsed.success) return { ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
      try {
        return { ok: true, data: await handler(parsed.data) };
      } catch (error) {
        unstable_rethrow(error);
        const failure = domainFailure(error);
        if (failure) return failure;
        throw error;
      }
    },
    () => ({ ok: false, message: GENERIC_ERROR_MESSAGE }),
  );
}
