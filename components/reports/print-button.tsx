"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:border-brand-600 print:hidden"
    >
      In báo cáo
    </button>
  );
}
