import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

// Words for an attachment's visibility, shared by the upload form, the review step and the audit log.

export function visibilityLabel(isPublic: boolean): string {
  return isPublic ? "Công khai" : "Nội bộ";
}

export const VISIBILITY_HINTS = {
  internal: "Chỉ đơn vị và Ban Biên tập xem được.",
  public: "Nhà đầu tư tải về được trên trang dự án sau khi dự án được công bố.",
} as const;

/** A file's kind as an investor would name it, from its stored type. */
const KIND_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "Ảnh PNG",
  "image/jpeg": "Ảnh JPG",
  "image/webp": "Ảnh WEBP",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.ms-excel": "Excel",
};

export function fileKindLabel(mimeType: string, locale: Locale = "vi"): string {
  if (locale === "en")
    return isImage(mimeType) ? `${mimeType.slice("image/".length).toUpperCase()} image` : (KIND_LABELS[mimeType] ?? "File");
  return KIND_LABELS[mimeType] ?? "Tệp";
}

export function isImage(mimeType: string): boolean {
  return mimeType.startsWith("image/");
}

export function formatFileSize(bytes: number, locale: Locale = "vi"): string {
  const intl = INTL_LOCALE[locale];
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString(intl, { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(intl)} KB`;
}
