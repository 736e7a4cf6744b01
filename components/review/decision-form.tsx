"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideSubmissionAction } from "@/lib/review/review-actions";
import { DECISION_LABELS, decisionSchema, type Decision } from "@/lib/review/decision-schema";

const BUTTON_STYLES: Record<Decision, string> = {
  approve: "bg-emerald-700 text-white hover:bg-emerald-800",
  "request-changes": "bg-amber-600 text-white hover:bg-amber-700",
  reject: "bg-red-700 text-white hover:bg-red-800",
};

/** Approve, ask for changes (comment required) or reject (reason required), checked by the shared schema. */
export function DecisionForm({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [busy, setBusy] = useState<Decision | null>(null);

  async function decide(decision: Decision) {
    const input = { projectId, version, decision, comment };
    const parsed = decisionSchema.safeParse(input);
    if (!parsed.success) {
      setError({ field: parsed.error.issues[0]?.message });
      return;
    }
    setError({});
    setBusy(decision);
    try {
      const result = await decideSubmissionAction(input);
      if (!result.ok) {
        setError({ form: result.message, field: result.fieldErrors?.comment?.[0] });
        return;
      }
      router.push(`/review?decided=${decision}`);
      router.refresh();
    } catch {
      setError({ form: "Mất kết nối với máy chủ. Vui lòng thử lại." });
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={(event) => event.preventDefault()} className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 className="text-lg font-bold text-brand-900">Quyết định của Ban Biên tập</h2>
      <div aria-live="assertive">
        {error.form ? (
          <p role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {error.form}
          </p>
        ) : null}
      </div>
      <label htmlFor="decision-comment" className="mt-3 block font-medium text-slate-800">
        Ý kiến gửi đơn vị
      </label>
      <p id="decision-comment-hint" className="text-sm text-slate-600">
        Bắt buộc khi yêu cầu chỉnh sửa hoặc từ chối.
      </p>
      <textarea
        id="decision-comment"
        rows={4}
        maxLength={5000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        aria-invalid={error.field ? true : undefined}
        aria-describedby={error.field ? "decision-comment-hint decision-comment-error" : "decision-comment-hint"}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
      />
      {error.field ? (
        <p id="decision-comment-error" className="mt-1 text-sm font-medium text-red-700">
          {error.field}
        </p>
      ) : null}
      <div className="mt-4 flex flex-col gap-2 sm:flex-row">
        {(Object.keys(DECISION_LABELS) as Decision[]).map((decision) => (
          <button
            key={decision}
            type="button"
            disabled={busy !== null}
            onClick={() => decide(decision)}
            className={`rounded-md px-4 py-2.5 font-semibold disabled:opacity-60 ${BUTTON_STYLES[decision]}`}
          >
            {busy === decision ? "Đang xử lý…" : DECISION_LABELS[decision]}
          </button>
        ))}
      </div>
    </form>
  );
}
