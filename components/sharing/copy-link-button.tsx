"use client";

import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

type Outcome = "idle" | "copied" | "selected";

const MESSAGES: Record<Outcome, string> = {
  idle: "",
  copied: "Đã sao chép liên kết.",
  selected: "Không sao chép tự động được: liên kết đã được chọn, nhấn Ctrl+C (hoặc ⌘+C) để sao chép.",
};

/**
 * "Sao chép liên kết": puts the page's address on the clipboard and says so in a polite live region.
 * Where the browser refuses (no clipboard outside HTTPS, permission denied), it selects the address in
 * the field beside it instead; without JavaScript that field is all there is, and it can be selected.
 */
export function CopyLinkButton({ url, inputId }: { url: string; inputId: string }) {
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
          Sao chép liên kết
        </button>
      ) : null}
      <p role="status" className="basis-full text-sm font-medium text-green-800">
        {MESSAGES[outcome]}
      </p>
    </>
  );
}
