import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

export const primaryButtonClass =
  "rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

export const secondaryButtonClass =
  "rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600 disabled:opacity-60";

/** The ids that tie an input to its hint and error, for aria-describedby. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/**
 * A label, the input (given as a child, with the same id), an optional hint and the field's error,
 * linked through aria-describedby so a screen reader reads the error with the input.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form's message: always in the page, so screen readers announce what appears in it; no gap while empty. */
export function FormNotice({ notice }: { notice?: { kind: "error" | "success"; text: string } }) {
  return (
    <div aria-live="polite" className="empty:mb-0">
      {notice ? (
        <p
          role={notice.kind === "error" ? "alert" : "status"}
          className={`rounded-md border p-3 text-sm ${notice.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
        >
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}
