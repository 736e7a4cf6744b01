"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The buttons; the one marked data-autofocus gets the focus when the dialog opens. */
  actions: ReactNode;
  /** Escape (or the browser's own close) means "no". */
  onCancel: () => void;
}

/**
 * A question asked before something that cannot be taken back. A modal <dialog>: the browser keeps
 * focus inside it, Escape cancels, and the page behind is inert while it is open.
 */
export function ConfirmDialog({ open, title, children, actions, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(42rem,calc(100%-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-5 sm:p-6">
        <h2 id={titleId} className="text-lg font-bold text-brand-900">
          {title}
        </h2>
        <div id={bodyId} className="mt-2 space-y-2 text-slate-700">
          {children}
        </div>
        <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end sm:[&>*]:whitespace-nowrap">{actions}</div>
      </div>
    </dialog>
  );
}
