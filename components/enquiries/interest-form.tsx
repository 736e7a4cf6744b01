"use client";

import { useRef, useState, type FormEvent } from "react";
import { describedBy, Field, FormNotice, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { schemaOnDemand } from "@/components/forms/schema-on-demand";
import { ENQUIRY_MESSAGE_MAX } from "@/lib/enquiries/enquiry-limits";
import { ProofOfWorkWidget, type ProofOfWorkHandle } from "./proof-of-work-widget";

type Errors = Record<string, string[] | undefined>;

const enquirySchema = schemaOnDemand(() => import("@/lib/enquiries/enquiry-schema").then((module) => module.enquirySchema));
type Notice = { kind: "error" | "success"; text: string };

const FIELDS = [
  { name: "name", label: "Họ và tên", autoComplete: "name", type: "text" },
  { name: "organization", label: "Tổ chức, doanh nghiệp", autoComplete: "organization", type: "text" },
  { name: "country", label: "Quốc gia", autoComplete: "country-name", type: "text" },
  { name: "email", label: "Email", autoComplete: "email", type: "email" },
  { name: "phone", label: "Điện thoại (không bắt buộc)", autoComplete: "tel", type: "tel" },
] as const;

/**
 * "Quan tâm dự án này": an investor writes to the unit behind a published call. The shared schema
 * checks the fields here and again on the server; the proof-of-work is solved in the browser before
 * sending. Until the page's script runs the form stays disabled and says why.
 */
export function InterestForm({ projectId, unitName }: { projectId: string; unitName: string }) {
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const proof = useRef<ProofOfWorkHandle>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      name: String(data.get("name") ?? ""),
      organization: String(data.get("organization") ?? ""),
      country: String(data.get("country") ?? ""),
      email: String(data.get("email") ?? ""),
      phone: String(data.get("phone") ?? ""),
      message: String(data.get("message") ?? ""),
      consent: data.get("consent") === "on",
      website: String(data.get("website") ?? ""),
    };
    const found = await enquirySchema.check(values);
    if (found && Object.keys(found).length > 0) {
      setErrors(found);
      setNotice({ kind: "error", text: "Vui lòng kiểm tra lại các trường được đánh dấu." });
      form.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    setNotice(undefined);
    try {
      const altcha = await proof.current?.solve();
      if (!altcha) {
        setErrors({ altcha: ["Chưa hoàn tất bước xác minh chống thư rác. Vui lòng đánh dấu ô xác minh rồi gửi lại."] });
        setNotice({ kind: "error", text: "Chưa hoàn tất bước xác minh chống thư rác." });
        return;
      }
      const response = await fetch(`/api/projects/${projectId}/enquiries`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...values, altcha }),
      });
      const result = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: Errors };
      if (!response.ok) {
        setErrors(result.fieldErrors ?? {});
        setNotice({ kind: "error", text: result.message ?? "Chưa gửi được. Vui lòng thử lại sau ít phút." });
        // A used or refused check cannot be sent again: the next attempt solves a new one.
        proof.current?.reset();
        return;
      }
      setSent(true);
      requestAnimationFrame(() => sentRef.current?.focus());
    } catch {
      setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Nội dung vẫn còn trên trang; vui lòng thử lại." });
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <p
        ref={sentRef}
        tabIndex={-1}
        role="status"
        className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
      >
        Đã gửi đăng ký quan tâm đến {unitName || "đơn vị đề xuất dự án"}. Đơn vị sẽ trả lời Ông/Bà qua email đã nhập.
      </p>
    );
  }

  const error = (name: string) => errors[name]?.[0];
  return (
    <form onSubmit={submit} onFocus={enquirySchema.prefetch} noValidate className="mt-3" aria-describedby="quan-tam-mo-ta">
      <noscript>
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Biểu mẫu này cần bật JavaScript: trình duyệt phải giải một bài kiểm tra chống thư rác (ngay trên máy của Ông/Bà, không
          gửi dữ liệu cho bên thứ ba) trước khi gửi. Nếu không bật được JavaScript, xin liên hệ trực tiếp đơn vị theo thông tin ở
          mục I phía trên.
        </p>
      </noscript>
      <fieldset disabled={!hydrated || busy} className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Thông tin của nhà đầu tư</legend>
        {FIELDS.map((field) => (
          <Field key={field.name} id={`eoi-${field.name}`} label={field.label} error={error(field.name)}>
            <input
              id={`eoi-${field.name}`}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required={field.name !== "phone"}
              aria-invalid={error(field.name) ? true : undefined}
              aria-describedby={describedBy(`eoi-${field.name}`, { error: error(field.name) })}
              className={inputClass}
            />
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Field
            id="eoi-message"
            label="Nội dung quan tâm"
            hint="Ông/Bà quan tâm điều gì, cần thêm thông tin gì."
            error={error("message")}
          >
            <textarea
              id="eoi-message"
              name="message"
              rows={5}
              maxLength={ENQUIRY_MESSAGE_MAX}
              required
              aria-invalid={error("message") ? true : undefined}
              aria-describedby={describedBy("eoi-message", { hint: true, error: error("message") })}
              className={inputClass}
            />
          </Field>
        </div>
        {/* The honeypot: off screen and out of the tab order; people leave it empty, bots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="eoi-website">Website công ty (để trống)</label>
          <input id="eoi-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2 text-sm">
            <input
              name="consent"
              type="checkbox"
              className="mt-1"
              aria-invalid={error("consent") ? true : undefined}
              aria-describedby={error("consent") ? "eoi-consent-error" : undefined}
            />
            <span>
              Tôi đồng ý để đơn vị đề xuất dự án dùng thông tin trên để liên hệ lại với tôi về dự án này. Thông tin chỉ đơn vị và
              quản trị cổng thông tin xem được, và được xóa khi tôi yêu cầu.
            </span>
          </label>
          {error("consent") ? (
            <p id="eoi-consent-error" className="mt-1 text-sm font-medium text-red-700">
              {error("consent")}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <p id="eoi-altcha-hint" className="text-sm text-slate-600">
            Xác minh chống thư rác: đánh dấu ô dưới đây (hoặc bấm Gửi, trình duyệt sẽ tự xác minh trong vài giây).
          </p>
          <ProofOfWorkWidget
            ref={proof}
            describedBy="eoi-altcha-hint"
            onChange={() => setErrors((current) => ({ ...current, altcha: undefined }))}
          />
          {error("altcha") ? (
            <p id="eoi-altcha-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {error("altcha")}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <FormNotice notice={notice} />
          <button type="submit" className={`${primaryButtonClass} mt-2`}>
            {busy ? "Đang gửi…" : "Gửi đăng ký quan tâm"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
