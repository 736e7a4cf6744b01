import { createTranslator } from "next-intl";
import type { getTranslations } from "next-intl/server";
import type { InterestFormLabels } from "@/components/enquiries/interest-form-client";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type { EnquiryErrorTexts } from "./enquiry-issue-message";
import { ENQUIRY_LIMITS } from "./enquiry-limits";

/** The interest form's texts in one language (messages/<locale>/enquiry.json). */
export type EnquiryTranslator = Awaited<ReturnType<typeof getTranslations<"enquiry">>>;

/** For code that answers without a page (the route that receives the form). */
export function enquiryTranslator(locale: Locale): EnquiryTranslator {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "enquiry" });
}

type TextField = "name" | "organization" | "country";

/** Each field's message for each way the shared schema (enquiry-schema.ts) can refuse it. */
export function enquiryErrorTexts(t: EnquiryTranslator): EnquiryErrorTexts {
  const text = (field: TextField) => ({
    invalid_type: t(`errors.${field}.notText`),
    too_small: t(`errors.${field}.required`),
    too_big: t(`errors.${field}.tooLong`, { max: ENQUIRY_LIMITS[field] }),
  });
  return {
    fields: {
      name: text("name"),
      organization: text("organization"),
      country: text("country"),
      email: {
        invalid_type: t("errors.email.required"),
        too_small: t("errors.email.required"),
        too_big: t("errors.email.tooLong"),
        invalid_format: t("errors.email.invalid"),
      },
      phone: {
        too_big: t("errors.phone.tooLong", { max: ENQUIRY_LIMITS.phone }),
        invalid_format: t("errors.phone.characters"),
      },
      message: {
        invalid_type: t("errors.message.required"),
        too_small: t("errors.message.tooShort", { min: ENQUIRY_LIMITS.messageMin }),
        too_big: t("errors.message.tooLong", { max: ENQUIRY_LIMITS.message }),
      },
      consent: { invalid_value: t("errors.consent") },
    },
    invalid: t("errors.invalid"),
  };
}

/** Everything the interest form shows, for the unit named in its success message. */
export function interestFormLabels(t: EnquiryTranslator, unitName: string): InterestFormLabels {
  const unit = unitName || t("section.defaultUnit");
  return {
    noScript: t("form.noScript"),
    legend: t("form.legend"),
    fields: {
      name: t("form.name"),
      organization: t("form.organization"),
      country: t("form.country"),
      email: t("form.email"),
      phone: t("form.phone"),
    },
    message: t("form.message"),
    messageHint: t("form.messageHint"),
    honeypot: t("form.honeypot"),
    consent: t("form.consent"),
    proofHint: t("form.proofHint"),
    submit: t("form.submit"),
    sending: t("form.sending"),
    sent: t("form.sent", { unit }),
    checkFields: t("notices.checkFields"),
    proofUnsolved: t("notices.proofUnsolved"),
    proofUnsolvedField: t("notices.proofUnsolvedField"),
    notSent: t("notices.notSent"),
    serverFault: t("notices.serverFault"),
    offline: t("notices.offline"),
    errors: enquiryErrorTexts(t),
  };
}
