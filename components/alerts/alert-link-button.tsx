"use client";

import { useRef, useState } from "react";
import { FormNotice, primaryButtonClass } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";

const DONE = {
  confirm: "Đã xác nhận. Ông/Bà sẽ nhận thư thông báo khi có dự án mới hoặc được cập nhật phù hợp với điều kiện trên.",
  unsubscribe: "Đã hủy đăng ký. Ông/Bà sẽ không nhận thêm thư thông báo nào theo đăng ký này.",
} as const;

/** The button that confirms or ends a subscription: a POST, so following the mail's link changes nothing by itself. */
export function AlertLinkButton({
  action,
  token,
  alreadyConfirmed,
}: {
  action: "confirm" | "unsubscribe";
  token: string;
  alreadyConfirmed: boolean;
}) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(alreadyConfirmed);
  const [error, setError] = useState<string | undefined>();
  const doneRef = useRef<HTMLParagraphElement>(null);

  async function act() {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/alerts/${action}/${encodeURIComponent(token)}`, { method: "POST" });
      const result = (await response.json().catch(() => ({}))) as { message?: string };
      if (!response.ok) {
        setError(result.message ?? "Chưa thực hiện được. Vui lòng thử lại sau ít phút.");
        return;
      }
      setDone(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch {
      setError("Mất kết nối với máy chủ. Vui lòng thử lại.");
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <p
        ref={doneRef}
        tabIndex={-1}
        role="status"
        className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
      >
        {DONE[action]}
      </p>
    );
  }
  return (
    <div className="mt-4">
      <FormNotice notice={error ? { kind: "error", text: error } : undefined} />
      <button type="button" onClick={act} disabled={!hydrated || busy} className={`${primaryButtonClass} mt-2`}>
        {busy ? "Đang xử lý…" : action === "confirm" ? "Xác nhận đăng ký" : "Hủy nhận thông báo"}
      </button>
    </div>
  );
}
