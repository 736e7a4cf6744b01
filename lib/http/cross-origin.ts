import "server-only";
import { NextResponse } from "next/server";

/**
 * Whether a request comes from a page of another origin, by the rule Next.js applies to server
 * actions: the Origin header's host must equal X-Forwarded-Host (its first value) when a proxy set
 * one, the Host header otherwise. SameSite=Lax cookies still travel from another origin of the same
 * site (another port, or a sibling subdomain of the province's domain), so this is the check that
 * stops such a page from acting with the user's session.
 *
 * A request without Origin passes, as it does for actions: every browser sends Origin on a POST or
 * DELETE, so its absence means a script or a tool, which holds the user's cookies only if the user
 * gave them. "null" (sandboxed frames, file pages) and anything unparsable count as foreign.
 */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return true;
  try {
    return new URL(origin).host !== host.toLowerCase();
  } catch {
    return true;
  }
}

/** For route handlers that change data: a 403 to return at once, or null to go on. */
export function refuseCrossOrigin(request: Request): NextResponse | null {
  if (!isCrossOrigin(request.headers)) return null;
  // Logged because a proxy that rewrites Host without X-Forwarded-Host would refuse every upload.
  const shown = (name: string) => request.headers.get(name)?.slice(0, 100) ?? "(none)";
  console.warn(
    `Refused a cross-origin ${request.method}: Origin ${shown("origin")}, Host ${shown("host")}, X-Forwarded-Host ${shown("x-forwarded-host")}`,
  );
  return NextResponse.json({ message: "Yêu cầu đến từ trang web khác nên bị từ chối." }, { status: 403 });
}
