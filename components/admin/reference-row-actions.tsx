"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormNotice, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { moveReferenceAction, renameReferenceAction, setReferenceActiveAction } from "@/lib/reference/reference-actions";
import { hasEnglishName, type ReferenceKind } from "@/lib/reference/reference-kinds";
import { ENGLISH_NAME_LABEL, ENGLISH_NAME_MAX, renameReferenceSchema } from "@/lib/reference/reference-schema";

const smallButton =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-600 disabled:opacity-50";

/**
 * One entry's controls: rename in place (a sector's or investment form's English name with it), move
 * up or down, retire or bring back. Retiring asks first, since the entry disappears from the
 * catalogue's filters and from new filings at once.
 */
export function ReferenceRowActions({
  kind,
  entry,
  first,
  last,
}: {
  kind: ReferenceKind;
  entry: { id: string; name: string; nameEn: string | null; active: boolean; projectCount: number };
  first: boolean;
  last: boolean;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "rename" | "retire">("idle");
  const english = hasEnglishName(kind);
  const [name, setName] = useState(entry.name);
  const [nameEn, setNameEn] = useState(entry.nameEn ?? "");
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; nameEn?: string }>({});
  const { notice, busy: working, submit } = useActionSubmit();
  // Nothing can be pressed before the page is ready: a click then would do nothing.
  const hydrated = useHydrated();
  const busy = working || !hydrated;

  async function run(call: Parameters<typeof submit>[0]) {
    const result = await submit(call);
    if (result) {
      setMode("idle");
      router.refresh();
    }
    return result;
  }

  async function rename() {
    const input = english ? { kind, id: entry.id, name, nameEn } : { kind, id: entry.id, name };
    const parsed = renameReferenceSchema.safeParse(input);
    const messageOf = (field: string) => parsed.error?.issues.find((issue) => issue.path[0] === field)?.message;
    setFieldErrors({ name: messageOf("name"), nameEn: messageOf("nameEn") });
    if (parsed.success) await run(() => renameReferenceAction(input));
  }

  if (mode === "rename") {
    const inputId = `rename-${entry.id}`;
    return (
      <div className="w-full space-y-2">
        <FormNotice notice={notice} />
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
          Tên mới
        </label>
        <input
          id={inputId}
          value={name}
          maxLength={150}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={fieldErrors.name ? `${inputId}-error` : undefined}
          className={inputClass}
        />
        {fieldErrors.name ? (
          <p id={`${inputId}-error`} className="text-sm font-medium text-red-700">
            {fieldErrors.name}
          </p>
        ) : null}
        {english ? (
          <>
            <label htmlFor={`${inputId}-en`} className="block text-sm font-medium text-slate-700">
              {ENGLISH_NAME_LABEL} (không bắt buộc)
            </label>
            <input
              id={`${inputId}-en`}
              lang="en"
              value={nameEn}
              maxLength={ENGLISH_NAME_MAX}
              onChange={(event) => setNameEn(event.target.value)}
              aria-invalid={fieldErrors.nameEn ? true : undefined}
              aria-describedby={fieldErrors.nameEn ? `${inputId}-en-error` : undefined}
              className={inputClass}
            />
            {fieldErrors.nameEn ? (
              <p id={`${inputId}-en-error`} className="text-sm font-medium text-red-700">
                {fieldErrors.nameEn}
              </p>
            ) : null}
          </>
        ) : null}
        <div className="flex gap-2">
          <button type="button" disabled={busy} onClick={rename} className={primaryButtonClass}>
            {busy ? "Đang lưu…" : "Lưu tên mới"}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode("idle")} className={secondaryButtonClass}>
            Hủy
          </button>
        </div>
      </div>
    );
  }

  if (mode === "retire") {
    return (
      <div
        role="alertdialog"
        aria-label={`Ngừng dùng “${entry.name}”?`}
        className="w-full rounded-md border border-red-300 bg-white p-3"
      >
        <FormNotice notice={notice} />
        <p className="font-semibold text-red-800">Ngừng dùng “{entry.name}”?</p>
        <p className="mt-1 text-sm text-slate-700">
          Mục sẽ không còn trong bộ lọc của danh mục dự án và không chọn được khi lập hồ sơ mới.
          {entry.projectCount > 0 ? ` ${entry.projectCount} hồ sơ đang dùng mục này vẫn giữ nguyên.` : ""}
        </p>
        <div className="mt-3 flex gap-2">
          <button
            type="button"
            autoFocus
            disabled={busy}
            onClick={() => run(() => setReferenceActiveAction({ kind, id: entry.id, active: false }))}
            className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
          >
            {busy ? "Đang xử lý…" : "Ngừng dùng"}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode("idle")} className={secondaryButtonClass}>
            Hủy
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <FormNotice notice={notice} />
      <button
        type="button"
        disabled={busy || first}
        onClick={() => run(() => moveReferenceAction({ kind, id: entry.id, direction: "up" }))}
        className={smallButton}
      >
        <span aria-hidden="true">↑</span>
        <span className="sr-only">Chuyển “{entry.name}” lên trên</span>
      </button>
      <button
        type="button"
        disabled={busy || last}
        onClick={() => run(() => moveReferenceAction({ kind, id: entry.id, direction: "down" }))}
        className={smallButton}
      >
        <span aria-hidden="true">↓</span>
        <span className="sr-only">Chuyển “{entry.name}” xuống dưới</span>
      </button>
      <button type="button" disabled={busy} onClick={() => setMode("rename")} className={smallButton}>
        Đổi tên<span className="sr-only"> “{entry.name}”</span>
      </button>
      {entry.active ? (
        <button type="button" disabled={busy} onClick={() => setMode("retire")} className={smallButton}>
          Ngừng dùng<span className="sr-only"> “{entry.name}”</span>
        </button>
      ) : (
        <button
          type="button"
          disabled={busy}
          onClick={() => run(() => setReferenceActiveAction({ kind, id: entry.id, active: true }))}
          className={smallButton}
        >
          Dùng lại<span className="sr-only"> “{entry.name}”</span>
        </button>
      )}
    </div>
  );
}
