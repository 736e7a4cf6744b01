import { NextResponse } from "next/server";
import { confirmTokenParams } from "@/lib/alerts/alert-tokens";
import { confirmSubscription } from "@/lib/alerts/manage-subscription";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

/** The "Xác nhận đăng ký" button of the page a confirmation mail links to: the token proves the address. */
export const POST = routeHandler({ access: "anyone", params: confirmTokenParams }, async ({ params: { token } }) => {
  const subscription = await confirmSubscription(token);
  if (!subscription) throw new NotFoundError("Liên kết xác nhận không hợp lệ hoặc đã hết hạn. Vui lòng đăng ký lại.");
  return NextResponse.json({ confirmed: true });
});
