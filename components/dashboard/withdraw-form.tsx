"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { withdrawProjectAction } from "@/lib/projects/project-form-actions";
import { withdrawSchema } from "@/lib/projects/withdraw-schema";

export function WithdrawForm({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function withdraw() {
    const input = { projectId, version, reason };
    const parsed = withdrawSchema.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    const result = await withdrawProjectAction(input).catch(() => ({ ok: false as const, message: "Mất kết nối với máy chủ." }));
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-red-800">Rút dự án khỏi danh mục kêu gọi đầu tư</summary>
      <form onSubmit={(event) => event.preventDefault()} className="mt-3">
        <p className="text-sm text-slate-600">
          Dự án sẽ không còn trong danh mục; trang dự án vẫn mở nhưng ghi rõ lời kêu gọi đã kết thúc.
        </p>
        <label htmlFor="withdraw-reason" className="mt-3 block font-medium text-slate-800">
          Lý do rút dự án
        </label>
        <textarea
          id="withdraw-reason"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "withdraw-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        {error ? (
          <p id="withdraw-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <button
          type="button"
          onClick={withdraw}
          disabled={busy}
          className="mt-3 rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {busy ? "Đang rút…" : "Rút dự án"}
        </button>
      </form>
    </details>
  );
}
