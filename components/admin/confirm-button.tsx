"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormNotice, primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";

const TONES = {
  danger: "rounded-md bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60",
  primary: primaryButtonClass,
  secondary: secondaryButtonClass,
};

/**
 * A button for one admin action, asking first when the action is serious (deactivating, retiring):
 * the question says what will happen, and nothing is sent until it is confirmed.
 */
export function ConfirmButton<Input>({
  label,
  question,
  details,
  confirmLabel,
  success,
  tone = "secondary",
  action,
  input,
}: {
  label: string;
  question?: string;
  details?: string;
  confirmLabel?: string;
  success: string;
  tone?: keyof typeof TONES;
  /** A server action, and what it is called with: both travel from the server page to this button. */
  action: (input: Input) => Promise<ActionResult<unknown>>;
  input: Input;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { notice, setNotice, busy: working, submit } = useActionSubmit();
  // Nothing can be pressed before the page is ready: a click then would do nothing.
  const hydrated = useHydrated();
  const busy = working || !hydrated;

  async function run() {
    if (await submit(() => action(input))) {
      setAsking(false);
      setNotice({ kind: "success", text: success });
      router.refresh();
    }
  }

  return (
    <div className="space-y-2">
      <FormNotice notice={notice} />
      {asking && question ? (
        <div role="alertdialog" aria-label={question} className="rounded-md border border-red-300 bg-white p-3">
          <p className="font-semibold text-red-800">{question}</p>
          {details ? <p className="mt-1 text-sm text-slate-700">{details}</p> : null}
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <button type="button" autoFocus disabled={busy} onClick={run} className={TONES[tone]}>
              {busy ? "Đang xử lý…" : (confirmLabel ?? label)}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)} className={secondaryButtonClass}>
              Hủy
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => (question ? setAsking(true) : run())} className={TONES[tone]}>
          {busy ? "Đang xử lý…" : label}
        </button>
      )}
    </div>
  );
}
