"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideSubmissionAction } from "@/lib/review/review-actions";
import { DECISION_LABELS, decisionSchema, type Decision } from "@/lib/review/decision-schema";

const BUTTON_STYLES: Record<Decision, string> = {
  approve: "bg-emerald-700 text-white hover:bg-emerald-800",
  "request-changes": "bg-amber-700 text-white hover:bg-amber-800",
  reject: "bg-red-700 text-white hover:bg-red-800",
};

/** What the reviewer has on screen; the decision applies only while it is still current. */
export interface SeenVersion {
  projectId: string;
  version: number;
  revisionId?: string;
  revisionVersion?: number;
}

/**
 * Approve, ask for changes (comment required) or reject (reason required, and confirmed: the unit
 * cannot resubmit a rejected call), checked by the shared schema before anything is sent.
 */
export function DecisionForm({ seen }: { seen: SeenVersion }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [busy, setBusy] = useState<Decision | null>(null);
  const [confirmingReject, setConfirmingReject] = useState(false);

  function validInput(decision: Decision) {
    const input = { ...seen, decision, comment };
    const parsed = decisionSchema.safeParse(input);
    if (parsed.success) return input;
    setError({ field: parsed.error.issues[0]?.message });
    return null;
  }

  async function decide(decision: Decision) {
    const input = validInput(decision);
    if (!input) return;
    if (decision === "reject" && !confirmingReject) {
      setError({});
      setConfirmingReject(true);
      return;
    }
    setError({});
    setConfirmingReject(false);
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
    <form
      id="quyet-dinh"
      onSubmit={(event) => event.preventDefault()}
      className="scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4"
    >
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
      {confirmingReject ? (
        <div
          role="alertdialog"
          aria-labelledby="reject-confirm-title"
          aria-describedby="reject-confirm-text"
          className="mt-4 rounded-md border border-red-300 bg-white p-3"
        >
          <p id="reject-confirm-title" className="font-semibold text-red-800">
            Từ chối hồ sơ này?
          </p>
          <p id="reject-confirm-text" className="mt-1 text-sm text-slate-700">
            Đơn vị sẽ nhận lý do từ chối và không gửi lại được hồ sơ này. Quyết định không hoàn tác được.
          </p>
          <div className="mt-3 grid gap-2">
            <button
              type="button"
              autoFocus
              disabled={busy !== null}
              onClick={() => decide("reject")}
              className={`rounded-md px-4 py-2.5 font-semibold disabled:opacity-60 ${BUTTON_STYLES.reject}`}
            >
              {busy === "reject" ? "Đang xử lý…" : "Xác nhận từ chối"}
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => setConfirmingReject(false)}
              className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600"
            >
              Hủy, quay lại
            </button>
          </div>
        </div>
      ) : (
        // Stacked full width: the column is narrow on desktop too, and no label wraps mid-phrase.
        <div className="mt-4 grid gap-2">
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
      )}
    </form>
  );
}
