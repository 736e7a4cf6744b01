import "server-only";
import { NextResponse } from "next/server";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/action-result";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  StorageFullError,
  TooManyRequestsError,
} from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** A route handler's error as JSON with the matching status; unexpected errors are logged, not shown. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof NotFoundError) return NextResponse.json({ message: error.message }, { status: 404 });
  if (error instanceof ForbiddenError) return NextResponse.json({ message: error.message }, { status: 403 });
  if (error instanceof ConflictError) return NextResponse.json({ message: error.message }, { status: 409 });
  if (error instanceof InvalidInputError) {
    const fields = Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {};
    return NextResponse.json({ message: error.message, ...fields }, { status: 422 });
  }
  if (error instanceof TooManyRequestsError) {
    return NextResponse.json(
      { message: error.message },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  // 507 Insufficient Storage: the request was fine, the server could not keep it.
  if (error instanceof StorageFullError) return NextResponse.json({ message: error.message }, { status: 507 });
  if (error instanceof DomainError) return NextResponse.json({ message: error.message }, { status: 400 });
  logger.error({ err: error }, "Route handler failed");
  return NextResponse.json({ message: GENERIC_ERROR_MESSAGE }, { status: 500 });
}

export const UNAUTHORIZED = () => NextResponse.json({ message: "Vui lòng đăng nhập." }, { status: 401 });
