import { NextResponse } from "next/server";
import { portalLink } from "@/lib/auth/portal-url";
import { unsubscribePagePath } from "@/lib/alerts/alert-mail";
import { unsubscribeTokenParams } from "@/lib/alerts/alert-tokens";
import { unsubscribe } from "@/lib/alerts/manage-subscription";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

/**
 * One-click unsubscribe: the page's button, and the mail client's own "Unsubscribe" (RFC 8058: a POST
 * of `List-Unsubscribe=One-Click` to the List-Unsubscribe address, without cookies). The signed token
 * is the only proof needed, so the body is not read. Used again, it still answers "unsubscribed".
 */
export const POST = routeHandler({ access: "anyone", params: unsubscribeTokenParams }, async ({ params: { token } }) => {
  if (!(await unsubscribe(token))) throw new NotFoundError("Liên kết hủy đăng ký không hợp lệ.");
  return NextResponse.json({ unsubscribed: true });
});

/** Someone opened the List-Unsubscribe address in a browser: the page with the button, never a change on GET. */
export const GET = routeHandler({ access: "anyone", params: unsubscribeTokenParams }, async ({ params: { token } }) =>
  NextResponse.redirect(portalLink(unsubscribePagePath(token)), 303),
);
