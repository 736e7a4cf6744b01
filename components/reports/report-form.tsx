"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/report-actions";
import { reportSchema, type ReportInput, type ReportValues } from "@/lib/reports/report-schema";

const FIELDS = [
  { name: "newsPosted", label: "Số tin, bài về đầu tư đã đăng trên cổng thông tin của đơn vị", type: "number" },
  { name: "documentsPublished", label: "Số văn bản, quy hoạch, kế hoạch đã công bố", type: "number" },
  { name: "promotionItems", label: "Số nội dung xúc tiến, kêu gọi đầu tư khác", type: "number" },
  { name: "difficulties", label: "Khó khăn, vướng mắc", type: "textarea" },
  { name: "proposals", label: "Đề xuất, kiến nghị", type: "textarea" },
] as const;

export function ReportForm({ initial }: { initial: ReportInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [busy, setBusy] = useState<"save" | "submit">();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<ReportInput, unknown, ReportValues>({ resolver: zodResolver(reportSchema), defaultValues: initial });

  function show(result: ActionResult<unknown>): boolean {
    if (result.ok) return true;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof ReportInput, { type: "server", message: messages[0] });
    }
    setNotice({ kind: "error", text: result.message });
    return false;
  }

  async function run(kind: "save" | "submit") {
    setBusy(kind);
    setNotice(undefined);
    try {
      const action = kind === "save" ? saveReportDraftAction : submitReportAction;
      if (show(await action(getValues()))) {
        setNotice({ kind: "success", text: kind === "save" ? "Đã lưu nháp báo cáo." : "Đã gửi báo cáo." });
        router.refresh();
      }
    } catch {
      setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử lại." });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit(() => run("submit"))} className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div aria-live="polite">
        {notice ? (
          <p role={notice.kind === "error" ? "alert" : "status"} className={`rounded-md border p-3 text-sm ${notice.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}>
            {notice.text}
          </p>
        ) : null}
      </div>
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
              {field.label}
            </label>
            {field.type === "textarea" ? <textarea rows={4} maxLength={5000} {...common} /> : <input type="number" min={0} inputMode="numeric" {...common} />}
            {error ? (
              <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        <button type="button" disabled={busy !== undefined} onClick={() => run("save")} className="rounded-md border border-brand-700 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-brand-50">
          {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
        </button>
        <button type="submit" disabled={busy !== undefined} className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {busy === "submit" ? "Đang gửi…" : "Gửi báo cáo"}
        </button>
      </div>
    </form>
  );
}
