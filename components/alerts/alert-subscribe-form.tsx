"use client";

import { useState } from "react";
import { ProofOfWorkWidget } from "@/components/enquiries/proof-of-work-widget";
import { describedBy, Field, FormNotice, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { ALERT_FREQUENCIES, ALERT_FREQUENCY_LABELS } from "@/lib/alerts/alert-period";
import { schemaOnDemand } from "@/components/forms/schema-on-demand";
import { useProofOfWorkSubmit } from "@/components/forms/use-proof-of-work-submit";

const subscribeAlertSchema = schemaOnDemand(() =>
  import("@/lib/alerts/alert-schema").then((module) => module.subscribeAlertSchema),
);

/**
 * "Nhận thông báo": the catalogue view's filters saved for an e-mail address. The shared schema checks
 * the fields here and on the server; the proof-of-work is solved in the browser, as on the
 * expression-of-interest form. Until the page's script runs the form stays disabled and says why.
 */
export function AlertSubscribeForm({ query, filterLines }: { query: string; filterLines: string[] }) {
  const hydrated = useHydrated();
  const { submit, busy, notice, sent, proof, sentRef, error, clearProofError } = useProofOfWorkSubmit<
    { email: string; frequency: string; query: string; website: string },
    { email: string }
  >({
    url: "/api/alerts",
    read: (data) => ({
      email: String(data.get("email") ?? ""),
      frequency: String(data.get("frequency") ?? ""),
      query,
      website: String(data.get("website") ?? ""),
    }),
    check: (values) => subscribeAlertSchema.check(values),
    texts: {
      checkFields: "Vui lòng kiểm tra lại các trường được đánh dấu.",
      proofUnsolved: "Chưa hoàn tất bước xác minh chống thư rác.",
      proofUnsolvedField: "Chưa hoàn tất bước xác minh chống thư rác. Vui lòng đánh dấu ô xác minh rồi gửi lại.",
      notSent: "Chưa gửi được. Vui lòng thử lại sau ít phút.",
      offline: "Mất kết nối với máy chủ. Vui lòng thử lại.",
    },
  });
  // The proof-of-work widget (and its script) loads once the visitor starts on the form, not for every
  // visitor of the catalogue.
  const [engaged, setEngaged] = useState(false);

  if (sent) {
    return (
      <p
        ref={sentRef}
        tabIndex={-1}
        role="status"
        className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 [overflow-wrap:anywhere]"
      >
        Đã gửi thư xác nhận đến {sent.answer.email ?? sent.values.email}. Vui lòng mở thư và bấm liên kết trong thư để bắt đầu
        nhận thông báo (liên kết có hiệu lực 7 ngày).
      </p>
    );
  }

  return (
    <form
      onSubmit={submit}
      onFocus={() => {
        setEngaged(true);
        subscribeAlertSchema.prefetch();
      }}
      noValidate
      className="mt-3"
      aria-describedby="nhan-thong-bao-mo-ta"
    >
      {/* One sentence, not a list: the active filters above already show each as its own item. */}
      <p id="nhan-thong-bao-mo-ta" className="text-sm text-slate-700 [overflow-wrap:anywhere]">
        Nhận email khi có dự án mới công bố hoặc được cập nhật theo điều kiện đang xem —{" "}
        {filterLines.length > 0 ? filterLines.join("; ") : "mọi dự án được công bố"}.
      </p>
      <noscript>
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Biểu mẫu này cần bật JavaScript để trình duyệt giải bài kiểm tra chống thư rác (ngay trên máy của Ông/Bà). Không bật
          được JavaScript, Ông/Bà vẫn có thể theo dõi danh mục này qua nguồn tin RSS/Atom bên dưới.
        </p>
      </noscript>
      <fieldset disabled={!hydrated || busy} className="mt-3 grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Đăng ký nhận thông báo</legend>
        <Field id="alert-email" label="Email nhận thông báo" error={error("email")}>
          <input
            id="alert-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            aria-invalid={error("email") ? true : undefined}
            aria-describedby={describedBy("alert-email", { error: error("email") })}
            className={inputClass}
          />
        </Field>
        <fieldset aria-describedby={error("frequency") ? "alert-frequency-error" : undefined}>
          <legend className="block text-sm font-medium text-slate-700">Tần suất</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {ALERT_FREQUENCIES.map((frequency) => (
              <label key={frequency} className="flex items-center gap-2 text-sm">
                <input type="radio" name="frequency" value={frequency} defaultChecked={frequency === "WEEKLY"} />
                {ALERT_FREQUENCY_LABELS[frequency]}
              </label>
            ))}
          </div>
          {error("frequency") ? (
            <p id="alert-frequency-error" className="mt-1 text-sm font-medium text-red-700">
              {error("frequency")}
            </p>
          ) : null}
        </fieldset>
        {/* The honeypot: off screen and out of the tab order; people leave it empty, bots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="alert-website">Website công ty (để trống)</label>
          <input id="alert-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <p id="alert-altcha-hint" className="text-sm text-slate-600">
            Xác minh chống thư rác: đánh dấu ô dưới đây (hoặc bấm Đăng ký, trình duyệt sẽ tự xác minh trong vài giây).
          </p>
          {engaged ? <ProofOfWorkWidget ref={proof} describedBy="alert-altcha-hint" onChange={clearProofError} /> : null}
          {error("altcha") ? (
            <p id="alert-altcha-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {error("altcha")}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <FormNotice notice={notice} />
          <p className="text-sm text-slate-600">
            Chúng tôi gửi một thư xác nhận trước; mỗi thư thông báo đều có liên kết hủy đăng ký bằng một lần bấm.
          </p>
          <button type="submit" className={`${primaryButtonClass} mt-2`}>
            {busy ? "Đang gửi…" : "Đăng ký nhận thông báo"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
