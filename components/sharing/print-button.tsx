"use client";

import { useHydrated } from "@/components/forms/use-hydrated";

/** "In / Lưu PDF": the browser's print dialog, where "Lưu dưới dạng PDF" is one of the printers. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 sm:ml-auto"
    >
      {label}
    </button>
  );
}
