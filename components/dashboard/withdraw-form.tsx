"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { withdrawProjectAction } from "@/lib/projects/project-form-actions";
import { withdrawSchema } from "@/lib/projects/withdraw-schema";

export function WithdrawForm({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // The reason is checked first, so the question is only asked about a withdrawal that can go through.
  function askFirst() {
    const parsed = withdrawSchema.safeParse({ projectId, version, reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setConfirming(true);
  }

  async function withdraw() {
    setConfirming(false);
    setBusy(true);
    const result = await withdrawProjectAction({ projectId, version, reason }).catch(() => ({
      ok: false as const,
      message: "Mất kết nối với máy chủ.",
    }));
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <>
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
            onClick={askFirst}
            disabled={busy}
            className="mt-3 rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
          >
            {busy ? "Đang rút…" : "Rút dự án"}
          </button>
        </form>
      </details>
      <ConfirmDialog
        open={confirming}
        title="Rút lời kêu gọi đầu tư này?"
        onCancel={() => setConfirming(false)}
        actions={
          <>
            <button
              type="button"
              data-autofocus
              onClick={() => setConfirming(false)}
              className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600"
            >
              Không, giữ lời kêu gọi
            </button>
            <button
              type="button"
              onClick={withdraw}
              className="rounded-md bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800"
            >
              Rút lời kêu gọi
            </button>
          </>
        }
      >
        <p>
          Dự án sẽ rời khỏi danh mục công khai ngay, và trang dự án sẽ ghi lời kêu gọi đã kết thúc. Đơn vị không tự khôi phục được
          lời kêu gọi sau khi rút.
        </p>
        <p className="rounded-md bg-slate-50 p-2 text-sm [overflow-wrap:anywhere]">Lý do: {reason.trim()}</p>
      </ConfirmDialog>
    </>
  );
}
