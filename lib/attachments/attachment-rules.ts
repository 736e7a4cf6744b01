import { fileTypeFromBuffer } from "file-type";
import { removeInvisibleFormatting } from "@/lib/text/invisible-characters";
import { MAX_ATTACHMENT_BYTES } from "./attachment-limits";

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_PROJECT } from "./attachment-limits";

/**
 * What may be attached, by extension, with the types the file's own bytes must show. Old Office
 * files (.doc, .xls) are OLE compound files, which the bytes alone cannot tell apart.
 */
const ALLOWED: Record<string, { detected: string[]; mime: string }> = {
  pdf: { detected: ["pdf"], mime: "application/pdf" },
  png: { detected: ["png"], mime: "image/png" },
  jpg: { detected: ["jpg"], mime: "image/jpeg" },
  jpeg: { detected: ["jpg"], mime: "image/jpeg" },
  webp: { detected: ["webp"], mime: "image/webp" },
  docx: { detected: ["docx"], mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { detected: ["xlsx"], mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  doc: { detected: ["cfb"], mime: "application/msword" },
  xls: { detected: ["cfb"], mime: "application/vnd.ms-excel" },
};

export type AttachmentCheck = { ok: true; mimeType: string; extension: string } | { ok: false; message: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * A display name safe to store and to send back in a header: no paths, no control characters, and
 * no invisible formatting that would make it read other than it is.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = removeInvisibleFormatting(base)
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(-200);
  return cleaned || "tep-dinh-kem";
}

/** Checks a file by its extension, its size and, above all, its content. */
export async function checkAttachment(name: string, bytes: Uint8Array): Promise<AttachmentCheck> {
  const extension = extensionOf(name);
  const rule = ALLOWED[extension];
  if (!rule) {
    return { ok: false, message: "Chỉ nhận tệp PDF, ảnh (PNG, JPG, WEBP), Word (.doc, .docx) hoặc Excel (.xls, .xlsx)." };
  }
  if (bytes.byteLength === 0) return { ok: false, message: "Tệp rỗng." };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, message: "Tệp vượt quá 10 MB." };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !rule.detected.includes(detected.ext)) {
    return { ok: false, message: `Nội dung tệp không đúng định dạng .${extension} (tệp có thể bị đổi đuôi).` };
  }
  return { ok: true, mimeType: rule.mime, extension };
}
