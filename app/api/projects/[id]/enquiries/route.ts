import { NextResponse } from "next/server";
import { z } from "zod";
import { requestAddress } from "@/lib/auth/client-address";
import { enquiryIssueMessage } from "@/lib/enquiries/enquiry-issue-message";
import { enquirySchema } from "@/lib/enquiries/enquiry-schema";
import { enquiryErrorTexts, enquiryTranslator } from "@/lib/enquiries/enquiry-texts";
import { submitEnquiry } from "@/lib/enquiries/submit-enquiry";
import { readJsonBody } from "@/lib/http/json-body";
import { idParam, routeHandler } from "@/lib/http/route-handler";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Bigger than any honest form (a 5,000-character message and the proof-of-work), far below a flood. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * "Quan tâm dự án này": an investor's expression of interest in a published call (JSON). `?locale=`
 * is the language of the page the form was on, and words the answer only; anything but "en" is
 * Vietnamese. It is read from the address, not the body, so even a body too large to read is
 * refused in the visitor's language.
 */
export const POST = routeHandler(
  { access: "anyone", params: z.strictObject({ id: idParam }) },
  async ({ request, params: { id } }) => {
    const requested = request.nextUrl.searchParams.get("locale");
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
    const t = enquiryTranslator(locale);
    const errorTexts = enquiryErrorTexts(t);
    const input = await readJsonBody(request, enquirySchema, MAX_BODY_BYTES, {
      tooLarge: t("server.tooLarge"),
      invalid: t("server.invalid"),
      issue: (issue) => enquiryIssueMessage(issue, errorTexts),
    });
    const address = requestAddress(request.headers.get("x-forwarded-for"));
    const outcome = await submitEnquiry(id, input, address, { locale });
    return NextResponse.json(outcome, { status: 201 });
  },
);
