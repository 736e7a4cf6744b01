import { usdToUsdMillion, vndToTy } from "@/lib/format/money";
import {
  FIELD_KEYS,
  TEMPLATE_FIELDS,
  TEMPLATE_SECTIONS,
  templateField,
  type FieldKey,
  type TemplateField,
} from "@/lib/template/fields";

// The columns of every export (CSV, Excel, JSON) and of the field dictionary, derived from the
// template table: one column per field, in the letter's order, under the names the API uses, plus
// the codes of the reference lists and the dates and address of the public page.

/** How a column's values are typed: numbers and dates become typed cells in Excel. */
export type ExportKind = "text" | "number" | "date" | "url";

/** One published project as the exports read it (lib/exports/published-export-rows.ts selects it). */
export interface ExportProject {
  slug: string | null;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  sector: { code: string; name: string } | null;
  investmentForm: { code: string; name: string } | null;
  locations: { location: { code: string; name: string } }[];
  [column: string]: unknown;
}

export type ExportValue = string | number | Date | null;

export interface ExportColumn {
  /** The name in the JSON export and the API. */
  key: string;
  /** The Vietnamese header of the CSV and Excel exports. */
  label: string;
  labelEn: string;
  kind: ExportKind;
  /** "tỷ đồng", "triệu USD", "ha", "năm". */
  unit?: string;
  /** Most decimal places a value has (numbers). */
  decimals?: number;
  /** Where the value comes from, for the dictionary. */
  section: string;
  required: boolean;
  /** What the dictionary says about the values. */
  description: string;
  value: (project: ExportProject, origin: string) => ExportValue;
  /** For a column of several values: them, as a list (the JSON export), rather than joined. */
  list?: (project: ExportProject) => string[];
}

const MONEY_UNIT = { VND: "tỷ đồng", USD: "triệu USD" } as const;
const SITE_SECTION = "Cổng thông tin";

/** A multiple choice's separator inside one cell: a semicolon never occurs in a location's name. */
export const LIST_SEPARATOR = "; ";

function limitsOf(field: TemplateField): string {
  if (field.kind === "text" || field.kind === "longText") {
    return field.minLength ? `Từ ${field.minLength} đến ${field.maxLength} ký tự.` : `Tối đa ${field.maxLength} ký tự.`;
  }
  if (field.kind === "money" || field.kind === "number") {
    const low = field.exclusive ? `lớn hơn ${field.min}` : `từ ${field.min}`;
    const places = field.decimals === 0 ? "số nguyên" : `tối đa ${field.decimals} chữ số thập phân`;
    return `Số ${low}, tối đa ${field.max.toLocaleString("vi-VN")}; ${places}.`;
  }
  if (field.kind === "multiChoice") return `Một đến ${field.maxItems} địa bàn, cách nhau bởi “${LIST_SEPARATOR.trim()}”.`;
  if (field.kind === "email") return "Địa chỉ email.";
  if (field.kind === "url") return "Địa chỉ trang web.";
  if (field.kind === "phone") return "Số điện thoại.";
  return "Tên trong danh mục do quản trị viên quản lý.";
}

function describe(field: TemplateField): string {
  const help = field.help && !/[.!?)]$/.test(field.help) ? `${field.help}.` : field.help;
  return [help, limitsOf(field)].filter(Boolean).join(" ");
}

function exportLabel(field: TemplateField): string {
  if (field.kind !== "money") return field.label;
  // "Tương đương" alone says nothing in a column header: say what it is equivalent to.
  const label = field.shownWith
    ? `${templateField(field.shownWith as FieldKey).label} – ${field.label.toLowerCase()}`
    : field.label;
  return `${label} (${MONEY_UNIT[field.currency]})`;
}

const CHOICE_RELATION = { sectorId: "sector", investmentFormId: "investmentForm" } as const;

/** The columns one template field gives: a choice also gives its code, for joining other data. */
function columnsOfField(key: FieldKey): ExportColumn[] {
  const field = templateField(key);
  const common = { section: TEMPLATE_SECTIONS[field.section].title, required: field.required };
  switch (field.kind) {
    case "choice": {
      const relation = CHOICE_RELATION[field.column];
      return [
        {
          ...common,
          key: relation,
          label: field.label,
          labelEn: field.labelEn,
          kind: "text",
          description: limitsOf(field),
          value: (project) => project[relation]?.name ?? null,
        },
        {
          ...common,
          key,
          label: `${field.label} (mã)`,
          labelEn: `${field.labelEn} (code)`,
          kind: "text",
          description: "Mã trong danh mục, như trong địa chỉ của danh mục dự án (?sector=…, ?form=…).",
          value: (project) => project[relation]?.code ?? null,
        },
      ];
    }
    case "multiChoice":
      return [
        {
          ...common,
          key: "locations",
          label: field.label,
          labelEn: field.labelEn,
          kind: "text",
          description: limitsOf(field),
          value: (project) => project.locations.map(({ location }) => location.name).join(LIST_SEPARATOR) || null,
          list: (project) => project.locations.map(({ location }) => location.name),
        },
        {
          ...common,
          key,
          label: `${field.label} (mã)`,
          labelEn: `${field.labelEn} (codes)`,
          kind: "text",
          description: `Mã các địa bàn, cách nhau bởi “${LIST_SEPARATOR.trim()}”, như ?location=… của danh mục dự án.`,
          value: (project) => project.locations.map(({ location }) => location.code).join(LIST_SEPARATOR) || null,
          list: (project) => project.locations.map(({ location }) => location.code),
        },
      ];
    case "money":
      return [
        {
          ...common,
          key,
          label: exportLabel(field),
          labelEn: `${field.shownWith ? `${templateField(field.shownWith as FieldKey).labelEn}, ${field.labelEn.toLowerCase()}` : field.labelEn} (${field.currency === "VND" ? "billion VND" : "million USD"})`,
          kind: "number",
          unit: MONEY_UNIT[field.currency],
          decimals: field.decimals,
          description: describe(field),
          value: (project) => {
            const stored = project[field.column];
            if (typeof stored !== "bigint") return null;
            return field.currency === "VND" ? vndToTy(stored) : usdToUsdMillion(stored);
          },
        },
      ];
    case "number":
      return [
        {
          ...common,
          key,
          label: field.label,
          labelEn: field.labelEn,
          kind: "number",
          unit: field.unit ?? (key === "durationYears" ? "năm" : undefined),
          decimals: field.decimals,
          description: describe(field),
          value: (project) => (typeof project[field.column] === "number" ? (project[field.column] as number) : null),
        },
      ];
    default:
      return [
        {
          ...common,
          key,
          label: field.label,
          labelEn: field.labelEn,
          kind: field.kind === "url" ? "url" : "text",
          description: describe(field),
          value: (project) => (project[field.column] as string) || null,
        },
      ];
  }
}

const pageUrl = (project: ExportProject, origin: string) => `${origin}/projects/${project.slug}`;

/** Every export's columns, in order: the project's identity, the template's fields, then the dates. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  {
    key: "slug",
    label: "Mã dự án",
    labelEn: "Project identifier",
    kind: "text",
    section: SITE_SECTION,
    required: true,
    description: "Mã cố định của dự án trên cổng, phần cuối địa chỉ trang dự án.",
    value: (project) => project.slug,
  },
  ...columnsOfField("name"),
  {
    key: "url",
    label: "Trang dự án",
    labelEn: "Project page",
    kind: "url",
    section: SITE_SECTION,
    required: true,
    description: "Địa chỉ trang công khai của dự án, với đủ các trường của mẫu.",
    value: pageUrl,
  },
  ...FIELD_KEYS.filter((key) => key !== "name").flatMap(columnsOfField),
  {
    key: "publishedAt",
    label: "Ngày công bố",
    labelEn: "Published on",
    kind: "date",
    section: SITE_SECTION,
    required: true,
    description: "Ngày Ban Biên tập công bố dự án (giờ Việt Nam).",
    value: (project) => project.publishedAt,
  },
  {
    key: "lastConfirmedAt",
    label: "Ngày xác nhận thông tin gần nhất",
    labelEn: "Information last confirmed on",
    kind: "date",
    section: SITE_SECTION,
    required: false,
    description: "Ngày đơn vị xác nhận hoặc cập nhật thông tin gần nhất (giờ Việt Nam).",
    value: (project) => project.lastConfirmedAt,
  },
];

/** Names that say what each kind is, in the dictionary. */
export const KIND_LABELS: Record<ExportKind, string> = {
  text: "Văn bản",
  number: "Số",
  date: "Ngày",
  url: "Đường dẫn",
};

/** Every template field has its column: a new field in the table is exported without more code. */
export function exportedFieldKeys(): string[] {
  return EXPORT_COLUMNS.map((column) => column.key).filter((key) => key in TEMPLATE_FIELDS);
}
