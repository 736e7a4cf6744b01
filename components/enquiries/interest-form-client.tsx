"use client";

import { useState } from "react";
import { describedBy, Field, FormNotice, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { schemaOnDemand } from "@/components/forms/schema-on-demand";
import { useProofOfWorkSubmit } from "@/components/forms/use-proof-of-work-submit";
import { enquiryIssueMessage, type EnquiryErrorTexts } from "@/lib/enquiries/enquiry-issue-message";
import { ENQUIRY_MESSAGE_MAX } from "@/lib/enquiries/enquiry-limits";
import type { Locale } from "@/lib/i18n/locales";
import { ProofOfWorkWidget } from "./proof-of-work-widget";

const enquirySchema = schemaOnDemand(() => import("@/lib/enquiries/enquiry-schema").then((module) => module.enquirySchema));

const FIELDS = [
  { name: "name", autoComplete: "name", type: "text" },
  { name: "organization", autoComplete: "organization", type: "text" },
  { name: "country", autoComplete: "country-name", type: "text" },
  { name: "email", autoComplete: "email", type: "email" },
  { name: "phone", autoComplete: "tel", type: "tel" },
] as const;

/** The form's texts in the page's language, from the server (lib/enquiries/enquiry-texts.ts `interestFormLabels`). */
export interface InterestFormLabels {
  noScript: string;
  legend: string;
  fields: Record<(typeof FIELDS)[number]["name"], string>;
  message: string;
  messageHint: string;
  honeypot: string;
  consent: string;
  proofHint: string;
  submit: string;
  sending: string;
  /** The success message, with the unit's name already in it. */
  sent: string;
  checkFields: string;
  proofUnsolved: string;
  proofUnsolvedField: string;
  notSent: string;
  serverFault: string;
  offline: string;
  errors: EnquiryErrorTexts;
}

/**
 * "Quan tâm dự án này": an investor writes to the unit behind a published call. The shared schema
 * checks the fields here and again on the server; the proof-of-work is solved in the browser before
 * sending. Until the page's script runs the form stays disabled and says why. Rendered through
 * InterestForm (interest-form.tsx), which gives it its texts: no i18n library reaches the browser.
 */
export function InterestFormClient({
  projectId,
  locale,
  labels,
}: {
  projectId: string;
  locale: Locale;
  labels: InterestFormLabels;
}) {
  const hydrated = useHydrated();
  const { submit, busy, notice, sent, proof, sentRef, error, clearProofError } = useProofOfWorkSubmit({
    // The language only words the answer; the route trusts it for nothing else.
    url: `/api/projects/${projectId}/enquiries?locale=${locale}`,
    read: (data) => ({
      name: String(data.get("name") ?? ""),
      organization: String(data.get("organization") ?? ""),
      country: String(data.get("country") ?? ""),
      email: String(data.get("email") ?? ""),
      phone: String(data.get("phone") ?? ""),
      message: String(data.get("message") ?? ""),
      consent: data.get("consent") === "on",
      website: String(data.get("website") ?? ""),
    }),
    check: (values) => enquirySchema.check(values, (issue) => enquiryIssueMessage(issue, labels.errors)),
    // labels.serverFault: the route words its refusals in the page's language, but a fault of the server in Vietnamese.
    texts: labels,
  });
  // The proof-of-work widget and its script (about 30 KB compressed, with the Svelte runtime it is built
  // on) load once the visitor starts on the form, not for every reader of the project page.
  const [engaged, setEngaged] = useState(false);
  const engage = () => {
    setEngaged(true);
    enquirySchema.prefetch();
  };

  if (sent) {
    return (
      <p
        ref={sentRef}
        tabIndex={-1}
        role="status"
        className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
      >
        {labels.sent}
      </p>
    );
  }

  return (
    <form onSubmit={submit} onFocus={engage} onPointerDown={engage} noValidate className="mt-3" aria-describedby="quan-tam-mo-ta">
      <noscript>
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{labels.noScript}</p>
      </noscript>
      <fieldset disabled={!hydrated || busy} className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">{labels.legend}</legend>
        {FIELDS.map((field) => (
          <Field key={field.name} id={`eoi-${field.name}`} label={labels.fields[field.name]} error={error(field.name)}>
            <input
              id={`eoi-${field.name}`}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required={field.name !== "phone"}
              aria-invalid={error(field.name) ? true : undefined}
              aria-describedby={describedBy(`eoi-${field.name}`, { error: error(field.name) })}
              className={inputClass}
            />
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Field id="eoi-message" label={labels.message} hint={labels.messageHint} error={error("message")}>
            <textarea
              id="eoi-message"
              name="message"
              rows={5}
              maxLength={ENQUIRY_MESSAGE_MAX}
              required
              aria-invalid={error("message") ? true : undefined}
              aria-describedby={describedBy("eoi-message", { hint: true, error: error("message") })}
              className={inputClass}
            />
          </Field>
        </div>
        {/* The honeypot: off screen and out of the tab order; people leave it empty, bots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="eoi-website">{labels.honeypot}</label>
          <input id="eoi-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2 text-sm">
            <input
              name="consent"
              type="checkbox"
              className="mt-1"
              aria-invalid={error("consent") ? true : undefined}
              aria-describedby={error("consent") ? "eoi-consent-error" : undefined}
            />
            <span>{labels.consent}</span>
          </label>
          {error("consent") ? (
            <p id="eoi-consent-error" className="mt-1 text-sm font-medium text-red-700">
              {error("consent")}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <p id="eoi-altcha-hint" className="text-sm text-slate-600">
            {labels.proofHint}
          </p>
          {engaged ? (
            <ProofOfWorkWidget ref={proof} describedBy="eoi-altcha-hint" locale={locale} onChange={clearProofError} />
          ) : null}
          {error("altcha") ? (
            <p id="eoi-altcha-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {error("altcha")}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <FormNotice notice={notice} />
          <button type="submit" className={`${primaryButtonClass} mt-2`}>
            {busy ? labels.sending : labels.submit}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
