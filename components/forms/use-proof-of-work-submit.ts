"use client";

import { useRef, useState, type FormEvent } from "react";
import type { ProofOfWorkHandle } from "@/components/enquiries/proof-of-work-widget";
import type { Notice } from "./use-action-submit";

export type FieldErrors = Record<string, string[] | undefined>;

/** What the visitor reads when the form is not sent, in the page's language. */
export interface ProofOfWorkSubmitTexts {
  checkFields: string;
  /** In the notice, and beside the anti-spam check in `proofUnsolvedField`. */
  proofUnsolved: string;
  proofUnsolvedField: string;
  /** When the server refuses without saying why. */
  notSent: string;
  /** Shown instead of the server's words when the server failed (5xx), which may not be in the page's language. */
  serverFault?: string;
  offline: string;
}

/**
 * The submit of a public form guarded by the proof-of-work (the expression of interest, the catalogue
 * alert): the shared schema checks the fields in the browser first, then the puzzle is solved and the
 * values POSTed as JSON with it; the server's field errors land beside their inputs and its message in
 * the form's notice. A refused attempt resets the puzzle, since a used or refused one cannot be sent
 * again. Once sent, `sent` holds the values and the server's answer, and the confirmation (`sentRef`)
 * takes the focus so screen readers announce it.
 */
export function useProofOfWorkSubmit<Values, Answer extends object>({
  url,
  read,
  check,
  texts,
}: {
  url: string;
  read: (data: FormData) => Values;
  /** The field errors (none: `{}`), or null when the schema could not be fetched: the server checks anyway. */
  check: (values: Values) => Promise<FieldErrors | null>;
  texts: ProofOfWorkSubmitTexts;
}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ values: Values; answer: Partial<Answer> }>();
  const proof = useRef<ProofOfWorkHandle>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = read(new FormData(form));
    const found = await check(values);
    if (found && Object.keys(found).length > 0) {
      setErrors(found);
      setNotice({ kind: "error", text: texts.checkFields });
      form.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    setNotice(undefined);
    try {
      const altcha = await proof.current?.solve();
      if (!altcha) {
        setErrors({ altcha: [texts.proofUnsolvedField] });
        setNotice({ kind: "error", text: texts.proofUnsolved });
        return;
      }
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...values, altcha }),
      });
      const result = (await response.json().catch(() => ({}))) as Partial<Answer> & {
        message?: string;
        fieldErrors?: FieldErrors;
      };
      if (!response.ok) {
        setErrors(result.fieldErrors ?? {});
        const text = response.status >= 500 && texts.serverFault ? texts.serverFault : (result.message ?? texts.notSent);
        setNotice({ kind: "error", text });
        proof.current?.reset();
        return;
      }
      setSent({ values, answer: result });
      requestAnimationFrame(() => sentRef.current?.focus());
    } catch {
      setNotice({ kind: "error", text: texts.offline });
    } finally {
      setBusy(false);
    }
  }

  return {
    submit,
    busy,
    notice,
    sent,
    proof,
    sentRef,
    error: (name: string) => errors[name]?.[0],
    /** For the puzzle's onChange: once it changes, its old error no longer applies. */
    clearProofError: () => setErrors((current) => ({ ...current, altcha: undefined })),
  };
}
