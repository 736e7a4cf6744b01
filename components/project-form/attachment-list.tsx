"use client";

import { useRef, useState } from "react";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENTS_PER_PROJECT, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/attachment-limits";
import { VISIBILITY_HINTS, formatFileSize, visibilityLabel } from "@/lib/attachments/attachment-visibility";

export interface AttachmentItem {
  id: string;
  originalName: string;
  sizeBytes: number;
  isPublic: boolean;
}

type Visibility = "internal" | "public";

export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  return (
    <span
      className={`rounded-full border px-2 py-0.5 text-xs font-medium ${
        isPublic ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-slate-300 bg-slate-100 text-slate-800"
      }`}
    >
      {visibilityLabel(isPublic)}
    </span>
  );
}

/**
 * Attachments of a saved project. Files go to the upload route one at a time, each marked public or
 * internal as chosen above the picker (internal unless the unit says otherwise); the server checks
 * each file's bytes, so the checks here only spare the user a pointless upload. The list lives in
 * the form, so the last step shows the same files.
 */
export function AttachmentList({
  items,
  onChange,
  projectId,
}: {
  items: AttachmentItem[];
  onChange: (update: (current: AttachmentItem[]) => AttachmentItem[]) => void;
  projectId?: string;
}) {
  const [status, setStatus] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [visibility, setVisibility] = useState<Visibility>("internal");
  const inputRef = useRef<HTMLInputElement>(null);

  async function upload(files: FileList) {
    if (!projectId) return;
    setBusy(true);
    let uploaded = 0;
    try {
      for (const [index, file] of [...files].entries()) {
        if (items.length + uploaded >= MAX_ATTACHMENTS_PER_PROJECT) {
          setStatus({ kind: "error", text: `Mỗi dự án có tối đa ${MAX_ATTACHMENTS_PER_PROJECT} tệp đính kèm.` });
          break;
        }
        if (file.size > MAX_ATTACHMENT_BYTES) {
          setStatus({ kind: "error", text: `“${file.name}”: tệp vượt quá 10 MB.` });
          continue;
        }
        setStatus({ kind: "info", text: `Đang tải lên ${index + 1}/${files.length}: ${file.name}…` });
        const body = new FormData();
        body.set("file", file);
        body.set("visibility", visibility);
        const response = await fetch(`/api/projects/${projectId}/attachments`, { method: "POST", body });
        const result = (await response.json().catch(() => ({}))) as Partial<AttachmentItem> & { message?: string };
        if (!response.ok) {
          setStatus({ kind: "error", text: `“${file.name}”: ${result.message ?? "không tải lên được."}` });
          // A full disk (507) refuses the next files too: stop, with its message still showing.
          if (response.status === 507) break;
          continue;
        }
        uploaded += 1;
        onChange((current) => [...current, result as AttachmentItem]);
        setStatus({
          kind: "info",
          text: `Đã tải lên “${file.name}” (${visibilityLabel(visibility === "public").toLowerCase()}).`,
        });
      }
    } catch {
      setStatus({ kind: "error", text: "Mất kết nối khi tải tệp lên. Vui lòng thử lại." });
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = "";
    }
  }

  async function request(item: AttachmentItem, init: RequestInit, failure: string): Promise<Response | null> {
    setBusy(true);
    try {
      const response = await fetch(`/api/attachments/${item.id}`, init);
      if (!response.ok) {
        const result = (await response.json().catch(() => ({}))) as { message?: string };
        setStatus({ kind: "error", text: result.message ?? failure });
        return null;
      }
      return response;
    } catch {
      setStatus({ kind: "error", text: "Mất kết nối với máy chủ. Vui lòng thử lại." });
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function remove(item: AttachmentItem) {
    if (!(await request(item, { method: "DELETE" }, "Không xóa được tệp."))) return;
    onChange((current) => current.filter((candidate) => candidate.id !== item.id));
    setStatus({ kind: "info", text: `Đã xóa “${item.originalName}”.` });
  }

  async function toggle(item: AttachmentItem) {
    const next = !item.isPublic;
    const response = await request(
      item,
      {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ visibility: next ? "public" : "internal" }),
      },
      "Không đổi được chế độ hiển thị.",
    );
    if (!response) return;
    onChange((current) => current.map((candidate) => (candidate.id === item.id ? { ...candidate, isPublic: next } : candidate)));
    setStatus({ kind: "info", text: `“${item.originalName}” giờ là tệp ${visibilityLabel(next).toLowerCase()}.` });
  }

  return (
    <div>
      <p className="font-medium text-slate-800">
        Tài liệu đính kèm <span className="text-sm font-normal text-slate-500">(không bắt buộc)</span>
      </p>
      <fieldset className="mt-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Ai được xem tệp sắp tải lên?</legend>
        {(["internal", "public"] as const).map((option) => (
          <label key={option} className="mt-1 flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="attachment-visibility"
              value={option}
              checked={visibility === option}
              onChange={() => setVisibility(option)}
              disabled={busy || !projectId}
              className="mt-1"
            />
            <span>
              <strong>{visibilityLabel(option === "public")}</strong> — {VISIBILITY_HINTS[option]}
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="attachments" className="mt-3 block text-sm font-medium text-slate-800">
        Tài liệu đính kèm: chọn tệp để tải lên
      </label>
      <p id="attachments-hint" className="mt-0.5 text-sm text-slate-500">
        PDF, ảnh, Word hoặc Excel; tối đa 10 MB mỗi tệp, {MAX_ATTACHMENTS_PER_PROJECT} tệp mỗi dự án.
      </p>
      <input
        ref={inputRef}
        id="attachments"
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(",")}
        aria-describedby="attachments-hint"
        disabled={busy || !projectId}
        onChange={(event) => event.target.files && event.target.files.length > 0 && upload(event.target.files)}
        className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800"
      />
      <p
        role="status"
        aria-live="polite"
        className={`mt-2 text-sm ${status?.kind === "error" ? "font-medium text-red-700" : "text-slate-600"}`}
      >
        {status?.text}
      </p>
      {items.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Tệp đã đính kèm">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <span className="flex min-w-0 items-center gap-2">
                <a href={`/api/attachments/${item.id}`} className="min-w-0 text-brand-700 underline [overflow-wrap:anywhere]">
                  {item.originalName}
                </a>
                <VisibilityBadge isPublic={item.isPublic} />
              </span>
              <span className="flex shrink-0 items-center gap-3">
                <span className="text-slate-500">{formatFileSize(item.sizeBytes)}</span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => toggle(item)}
                  className="font-medium text-brand-700 underline"
                >
                  {item.isPublic ? "Chuyển về nội bộ" : "Công khai tệp"}
                  <span className="sr-only"> {item.originalName}</span>
                </button>
                <button type="button" disabled={busy} onClick={() => remove(item)} className="font-medium text-red-700 underline">
                  Xóa<span className="sr-only"> {item.originalName}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
