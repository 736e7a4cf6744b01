// The export formats a catalogue view offers (`/api/projects/export?format=…` with the view's filters).

export const EXPORT_FORMATS = {
  csv: {
    label: "CSV",
    description: "dấu phẩy, UTF-8",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
  },
  "csv-semicolon": {
    label: "CSV cho Excel",
    description: "dấu chấm phẩy, số thập phân có dấu phẩy",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
  },
  xlsx: {
    label: "Excel",
    description: "kèm từ điển dữ liệu",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  },
  json: { label: "JSON", description: "như API", contentType: "application/json; charset=utf-8", extension: "json" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_KEYS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** The `format` parameter; an unknown one is null (the route answers 400). Absent means CSV. */
export function exportFormatParam(value: string | null): ExportFormat | null {
  if (value === null || value === "") return "csv";
  return EXPORT_FORMAT_KEYS.find((format) => format === value) ?? null;
}

/** "du-an-kieu-goi-dau-tu-2026-11-30.xlsx"; the Excel CSV says so, as the audit log's does. */
export function exportFileName(format: ExportFormat, day: string): string {
  const suffix = format === "csv-semicolon" ? "-excel" : "";
  return `du-an-kieu-goi-dau-tu-${day}${suffix}.${EXPORT_FORMATS[format].extension}`;
}
