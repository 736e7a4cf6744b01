"use client";

import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

type Outcome = "idle" | "copied" | "selected";

/** The button's texts in the page's language. */
export interface CopyLinkLabels {
  copy: string;
  copied: string;
  selected: string;
}

/**
 * "Sao chép liên kết": puts the page's address on the clipboard and says so in a polite live region.
 * Where the browser refuses (no clipboard outside HTTPS, permission denied), it selects the address in
 * the field beside it instead; without JavaScript that field is all there is, and it can be selected.
 */
export function CopyLinkButton({ url, inputId, labels }: { url: string; inputId: string; labels: CopyLinkLabels }) {
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<Outcome>("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      setOutcome("selected");
    }
  }

  return (
    <>
      {hydrated ? (
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {labels.copy}
        </button>
      ) : null}
      <p role="status" className="basis-full text-sm font-medium text-green-800">
        {outcome === "idle" ? "" : labels[outcome]}
      </p>
    </>
  );
}
