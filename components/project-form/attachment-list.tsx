"use client";

import { useRef, useState } from "react";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENTS_PER_PROJECT, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/attachment-limits";

export interface AttachmentItem {
  id: string;
  originalName: string;
  sizeBytes: number;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("vi-VN")} KB`;
}

/**
 * Attachments of a saved project. Files go to the upload route one at a time; the server checks
 * each file's bytes, so the checks here only spare the user a pointless upload.
 */
export function AttachmentList({ initial, projectId }: { initial: AttachmentItem[]; projectId?: string }) {
  const [items, setItems] = useState(initial);
  const [status, setStatus] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
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
        const response = await fetch(`/api/projects/${projectId}/attachments`, { method: "POST", body });
        const result = (await response.json().catch(() => ({}))) as Partial<AttachmentItem> & { message?: string };
        if (!response.ok) {
          setStatus({ kind: "error", text: `“${file.name}”: ${result.message ?? "không tải lên được."}` });
          continue;
        }
        uploaded += 1;
        setItems((current) => [...current, result as AttachmentItem]);
        setStatus({ kind: "info", text: `Đã tải lên “${file.name}”.` });
      }
    } catch {
      setStatus({ kind: "error", text: "Mất kết nối khi tải tệp lên. Vui lòng thử lại." });
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = "";
    }
  }

  async function remove(item: AttachmentItem) {
    setBusy(true);
    try {
      const response = await fetch(`/api/attachments/${item.id}`, { method: "DELETE" });
      if (!response.ok) {
        const result = (await response.json().catch(() => ({}))) as { message?: string };
        setStatus({ kind: "error", text: result.message ?? "Không xóa được tệp." });
        return;
      }
      setItems((current) => current.filter((candidate) => candidate.id !== item.id));
      setStatus({ kind: "info", text: `Đã xóa “${item.originalName}”.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <label htmlFor="attachments" className="block font-medium text-slate-800">
        Tài liệu đính kèm <span className="text-sm font-normal text-slate-500">(không bắt buộc)</span>
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
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${status?.kind === "error" ? "font-medium text-red-700" : "text-slate-600"}`}>
        {status?.text}
      </p>
      {items.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Tệp đã đính kèm">
          {items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <a href={`/api/attachments/${item.id}`} className="min-w-0 text-brand-700 underline [overflow-wrap:anywhere]">
                {item.originalName}
              </a>
              <span className="flex shrink-0 items-center gap-3">
                <span className="text-slate-500">{formatSize(item.sizeBytes)}</span>
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
