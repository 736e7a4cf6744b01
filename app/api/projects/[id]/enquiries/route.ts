import { NextResponse } from "next/server";
import { z } from "zod";
import { requestAddress } from "@/lib/auth/client-address";
import { enquirySchema } from "@/lib/enquiries/enquiry-schema";
import { submitEnquiry } from "@/lib/enquiries/submit-enquiry";
import { readJsonBody } from "@/lib/http/json-body";
import { idParam, routeHandler } from "@/lib/http/route-handler";

/** Bigger than any honest form (a 5,000-character message and the proof-of-work), far below a flood. */
const MAX_BODY_BYTES = 64 * 1024;

/** "Quan tâm dự án này": an investor's expression of interest in a published call (JSON). */
export const POST = routeHandler(
  { access: "anyone", params: z.strictObject({ id: idParam }) },
  async ({ request, params: { id } }) => {
    const input = await readJsonBody(request, enquirySchema, MAX_BODY_BYTES);
    const outcome = await submitEnquiry(id, input, requestAddress(request.headers.get("x-forwarded-for")));
    return NextResponse.json(outcome, { status: 201 });
  },
);
