import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { refuseCrossOrigin } from "./cross-origin";
import { UNAUTHORIZED, errorResponse } from "./error-response";

type Access = Permission | "anyone";

/**
 * Who may call each wrapped route handler. A route handler is a public endpoint like a server
 * action; a test imports every route module and fails on an exported method not made here.
 */
const ACCESS = new WeakMap<object, Access>();

export function routeAccess(handler: unknown): Access | undefined {
  return typeof handler === "function" ? ACCESS.get(handler) : undefined;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface RouteSpec<Params extends z.ZodType> {
  access: Access;
  /** The dynamic segments, checked before the handler runs; anything else is a 404. */
  params?: Params;
  /** A caller without the permission gets 404 instead of 403, where saying "forbidden" would reveal that the thing exists. */
  deniedAs?: "forbidden" | "not-found";
  /**
   * For `anyone`: whether the handler needs to know who calls (a download shows a unit its own drafts'
   * files). Otherwise the session is not even read, so a liveness check never touches the database.
   */
  identifiesCaller?: boolean;
}

interface RouteInput<Params extends z.ZodType> {
  request: NextRequest;
  user: CurrentUser | null;
  params: z.output<Params>;
}

/**
 * Wraps a route handler the way authorizedAction wraps a server action: a request that changes data
 * must come from the portal's own pages (Origin), the caller is checked against the permission table,
 * the path's parameters against their schema, and every failure becomes one JSON shape
 * (`{ message }`) with its status; unexpected errors are logged, never shown.
 */
export function routeHandler<Params extends z.ZodType = z.ZodObject<Record<string, never>>>(
  spec: RouteSpec<Params>,
  handler: (input: RouteInput<Params>) => Promise<Response>,
): (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response> {
  const route = async (request: NextRequest, context: { params: Promise<unknown> }): Promise<Response> => {
    if (UNSAFE_METHODS.has(request.method)) {
      const refused = refuseCrossOrigin(request);
      if (refused) return refused;
    }
    try {
      const user = spec.access !== "anyone" || spec.identifiesCaller ? await getCurrentUser() : null;
      if (spec.access !== "anyone") {
        if (!user) return UNAUTHORIZED();
        if (!can(user.role, spec.access)) {
          await recordAuditEvent({ action: `denied.${spec.access}`, actorId: user.id }).catch(() => undefined);
          throw spec.deniedAs === "not-found" ? new NotFoundError() : new ForbiddenError();
        }
      }
      const parsed = (spec.params ?? z.object({})).safeParse((await context.params) ?? {});
      if (!parsed.success) throw new NotFoundError();
      return await handler({ request, user, params: parsed.data as z.output<Params> });
    } catch (error) {
      return errorResponse(error);
    }
  };
  ACCESS.set(route, spec.access);
  return route;
}

/** An id in a path: what the database's ids look like, so junk never reaches a query. */
export const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
