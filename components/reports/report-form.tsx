"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { quarterLabel, type Quarter } from "@/lib/reports/quarter";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/report-actions";
import type { ReportFigures } from "@/lib/reports/report-figure-labels";
import {
  reportDraftSchema,
  reportSchema,
  UNIT_FIELD_LABELS,
  type ReportInput,
  type ReportValues,
} from "@/lib/reports/report-schema";
import { ReportReadout } from "./report-readout";

const FIELDS = [
  { name: "newsPosted", type: "number" },
  { name: "documentsPublished", type: "number" },
  { name: "promotionItems", type: "number" },
  { name: "difficulties", type: "textarea" },
  { name: "proposals", type: "textarea" },
] as const;

type Notice = { kind: "error" | "success"; text: string };

export function ReportForm({ period, figures, initial }: { period: Quarter; figures: ReportFigures; initial: ReportInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState<"save" | "submit">();
  // The values the unit is about to send, shown read-only until it confirms.
  const [preview, setPreview] = useState<ReportValues>();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    clearErrors,
    formState: { errors },
  } = useForm<ReportInput, unknown, ReportValues>({ resolver: zodResolver(reportSchema), defaultValues: initial });

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  function showFieldErrors(fieldErrors: Record<string, string[]>) {
    for (const [field, messages] of Object.entries(fieldErrors)) {
      setError(field as keyof ReportInput, { type: "server", message: messages[0] });
    }
  }

  async function call(kind: "save" | "submit", action: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setBusy(kind);
    setNotice(undefined);
    try {
      const result = await action();
      if (result.ok) return true;
      showFieldErrors(result.fieldErrors ?? {});
      setNotice({ kind: "error", text: result.message });
      return false;
    } catch {
      setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử lại." });
      return false;
    } finally {
      setBusy(undefined);
    }
  }

  // A draft may leave figures empty, but what is typed must still be valid.
  async function saveDraft() {
    clearErrors();
    const parsed = reportDraftSchema.safeParse(getValues());
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        setError(issue.path[0] as keyof ReportInput, { type: "validate", message: issue.message });
      return;
    }
    if (await call("save", () => saveReportDraftAction(getValues()))) {
      setNotice({ kind: "success", text: "Đã lưu nháp báo cáo." });
      router.refresh();
    }
  }

  async function confirmSubmit() {
    if (!preview) return;
    const sent = await call("submit", () => submitReportAction(preview));
    if (sent) {
      router.refresh();
    } else {
      // Back to the form, where the server's objections show beside the fields.
      setPreview(undefined);
    }
  }

  // Always in the page, so screen readers announce what appears in it; no gap while it is empty.
  const noticeBox = (
    <div aria-live="polite" className="empty:mb-0">
      {notice ? (
        <p
          role={notice.kind === "error" ? "alert" : "status"}
          className={`rounded-md border p-3 text-sm ${notice.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
        >
          {notice.text}
        </p>
      ) : null}
    </div>
  );

  if (preview) {
    return (
      <section aria-labelledby="xem-lai" className="mt-6 space-y-4 rounded-lg border-2 border-brand-600 bg-white p-4 sm:p-6">
        {noticeBox}
        <h2 id="xem-lai" ref={previewHeading} tabIndex={-1} className="text-lg font-bold text-brand-900 outline-none">
          Xem lại báo cáo {quarterLabel(period, true)} trước khi gửi
        </h2>
        <ReportReadout figures={figures} report={preview} />
        <div role="group" aria-labelledby="xac-nhan-gui" className="rounded-md border border-amber-300 bg-amber-50 p-4">
          <p id="xac-nhan-gui" className="font-semibold text-amber-950">
            Gửi báo cáo {quarterLabel(period, true)}? Sau khi gửi không sửa được.
          </p>
          <div className="mt-3 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <button
              type="button"
              disabled={busy !== undefined}
              onClick={() => setPreview(undefined)}
              className="rounded-md border border-slate-400 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600"
            >
              Quay lại sửa
            </button>
            <button
              type="button"
              disabled={busy !== undefined}
              onClick={confirmSubmit}
              className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {busy === "submit" ? "Đang gửi…" : "Xác nhận gửi báo cáo"}
            </button>
          </div>
        </div>
      </section>
    );
  }

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        setNotice(undefined);
        setPreview(values);
      })}
      className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      {noticeBox}
      <h2 className="font-bold text-brand-900">Phần đơn vị báo cáo</h2>
      <p className="text-sm text-slate-600">
        Nhập số liệu của quý; nếu không có, hãy nhập 0. Có thể lưu nháp khi chưa đủ số liệu.
      </p>
      {FIELDS.map((field) => {
        const error = errors[field.name]?.message;
        const id = `report-${field.name}`;
        const common = {
          id,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
          className: "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600",
          ...register(field.name),
        };
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block font-medium text-slate-800">
              {UNIT_FIELD_LABELS[field.name]}
            </label>
            {field.type === "textarea" ? (
              <textarea rows={4} maxLength={5000} {...common} />
            ) : (
              <input
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                {...common}
                className={`${common.className} sm:max-w-48`}
              />
            )}
            {error ? (
              <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        <button
          type="button"
          disabled={busy !== undefined}
          onClick={saveDraft}
          className="rounded-md border border-brand-700 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-brand-50"
        >
          {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
        </button>
        <button
          type="submit"
          disabled={busy !== undefined}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          Xem lại và gửi
        </button>
      </div>
    </form>
  );
}
