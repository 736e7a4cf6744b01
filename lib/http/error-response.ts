import "server-only";
import { NextResponse } from "next/server";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/action-result";
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";

/** A route handler's error as JSON with the matching status; unexpected errors are logged, not shown. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof NotFoundError) return NextResponse.json({ message: error.message }, { status: 404 });
  if (error instanceof ForbiddenError) return NextResponse.json({ message: error.message }, { status: 403 });
  if (error instanceof ConflictError) return NextResponse.json({ message: error.message }, { status: 409 });
  if (error instanceof InvalidInputError) return NextResponse.json({ message: error.message }, { status: 422 });
  if (error instanceof DomainError) return NextResponse.json({ message: error.message }, { status: 400 });
  console.error("Route handler failed", error);
  return NextResponse.json({ message: GENERIC_ERROR_MESSAGE }, { status: 500 });
}

export const UNAUTHORIZED = () => NextResponse.json({ message: "Vui lòng đăng nhập." }, { status: 401 });
