"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { confirmProjectAction } from "@/lib/projects/project-form-actions";

export function ConfirmCurrentButton({ projectId, version, name }: { projectId: string; version: number; name: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  async function confirm() {
    setState({ busy: true });
    const result = await confirmProjectAction({ projectId, version }).catch(() => ({
      ok: false as const,
      message: "Mất kết nối với máy chủ.",
    }));
    if (!result.ok) {
      setState({ busy: false, error: result.message });
      return;
    }
    router.refresh();
  }
  return (
    <span className="flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={confirm}
        disabled={state.busy}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {state.busy ? "Đang xác nhận…" : "Xác nhận còn hiệu lực"}
        <span className="sr-only"> dự án {name}</span>
      </button>
      {state.error ? (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      ) : null}
    </span>
  );
}
