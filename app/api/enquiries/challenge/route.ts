import { NextResponse } from "next/server";
import { createEnquiryChallenge } from "@/lib/enquiries/proof-of-work";
import { routeHandler } from "@/lib/http/route-handler";

/** A fresh proof-of-work challenge for the expression-of-interest form (the ALTCHA widget fetches it). */
export const GET = routeHandler({ access: "anyone" }, async () =>
  NextResponse.json(await createEnquiryChallenge(), { headers: { "Cache-Control": "no-store" } }),
);
