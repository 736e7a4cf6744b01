"use client";

import { useState } from "react";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { saveNotificationPreferencesAction } from "@/lib/notifications/notification-actions";

interface Choice {
  kind: NotificationKind;
  label: string;
  description: string;
  enabled: boolean;
}

export function NotificationPreferencesForm({ choices }: { choices: Choice[] }) {
  const [enabled, setEnabled] = useState(() => new Set(choices.filter((choice) => choice.enabled).map((choice) => choice.kind)));
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false });

  function toggle(kind: NotificationKind, on: boolean) {
    setEnabled((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
    setState({ busy: false });
  }

  async function save() {
    setState({ busy: true });
    const result = await saveNotificationPreferencesAction({ enabled: [...enabled] }).catch(() => ({
      ok: false as const,
      message: "Mất kết nối với máy chủ. Vui lòng thử lại.",
    }));
    setState(
      result.ok ? { busy: false, message: "Đã lưu lựa chọn của bạn." } : { busy: false, message: result.message, error: true },
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="mt-4"
    >
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <legend className="px-1 font-semibold text-brand-900">Thư thông báo qua email</legend>
        <ul className="space-y-4">
          {choices.map((choice) => (
            <li key={choice.kind} className="flex gap-3">
              <input
                id={`thong-bao-${choice.kind}`}
                type="checkbox"
                checked={enabled.has(choice.kind)}
                onChange={(event) => toggle(choice.kind, event.target.checked)}
                aria-describedby={`mo-ta-${choice.kind}`}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={`thong-bao-${choice.kind}`} className="font-medium text-slate-900">
                  {choice.label}
                </label>
                <p id={`mo-ta-${choice.kind}`} className="text-sm text-slate-600">
                  {choice.description}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={state.busy}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {state.busy ? "Đang lưu…" : "Lưu lựa chọn"}
        </button>
        <p role={state.error ? "alert" : "status"} className={state.error ? "font-medium text-red-700" : "text-emerald-800"}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
