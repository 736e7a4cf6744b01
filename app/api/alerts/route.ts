import { NextResponse } from "next/server";
import { subscribeAlertSchema } from "@/lib/alerts/alert-schema";
import { subscribeAlert } from "@/lib/alerts/subscribe-alert";
import { requestAddress } from "@/lib/auth/client-address";
import { readJsonBody } from "@/lib/http/json-body";
import { routeHandler } from "@/lib/http/route-handler";

/** An e-mail, a frequency, the view's query string and the proof-of-work: a few kilobytes at most. */
const MAX_BODY_BYTES = 16 * 1024;

/** "Nhận thông báo": saves a catalogue view's filters for an e-mail address and mails the confirmation link. */
export const POST = routeHandler({ access: "anyone" }, async ({ request }) => {
  const input = await readJsonBody(request, subscribeAlertSchema, MAX_BODY_BYTES);
  const outcome = await subscribeAlert(input, requestAddress(request.headers.get("x-forwarded-for")));
  // The address as it was saved (trimmed, lower-cased), for the form's confirmation line.
  return NextResponse.json({ ...outcome, email: input.email }, { status: 202 });
});
