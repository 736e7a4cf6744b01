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
  /** The unit in English, for the English data dictionary: "billion VND", "million USD", "ha", "years". */
  unitEn?: string;
  /** Most decimal places a value has (numbers). */
  decimals?: number;
  /** Where the value comes from, for the dictionary. */
  section: string;
  required: boolean;
  /** What the dictionary says about the values. */
  description: string;
  descriptionEn: string;
  value: (project: ExportProject, origin: string) => ExportValue;
  /** For a column of several values: them, as a list (the JSON export), rather than joined. */
  list?: (project: ExportProject) => string[];
}

const MONEY_UNIT = { VND: "tỷ đồng", USD: "triệu USD" } as const;
const MONEY_UNIT_EN = { VND: "billion VND", USD: "million USD" } as const;
const SITE_SECTION = "Cổng thông tin";

/** A multiple choice's separator inside one cell: a semicolon never occurs in a location's name. */
export const LIST_SEPARATOR = "; ";

/** A dictionary text in both languages, written side by side so neither is forgotten. */
interface Described {
  description: string;
  descriptionEn: string;
}

const described = (description: string, descriptionEn: string): Described => ({ description, descriptionEn });

const englishNumber = (value: number) => value.toLocaleString("en-GB");

function limitsOf(field: TemplateField): Described {
  if (field.kind === "text" || field.kind === "longText") {
    return field.minLength
      ? described(
          `Từ ${field.minLength} đến ${field.maxLength} ký tự.`,
          `${englishNumber(field.minLength)} to ${englishNumber(field.maxLength)} characters.`,
        )
      : described(`Tối đa ${field.maxLength} ký tự.`, `At most ${englishNumber(field.maxLength)} characters.`);
  }
  if (field.kind === "money" || field.kind === "number") {
    const low = field.exclusive ? `lớn hơn ${field.min}` : `từ ${field.min}`;
    const places = field.decimals === 0 ? "số nguyên" : `tối đa ${field.decimals} chữ số thập phân`;
    const range = field.exclusive
      ? `greater than ${englishNumber(field.min)} and at most ${englishNumber(field.max)}`
      : `from ${englishNumber(field.min)} to ${englishNumber(field.max)}`;
    return described(
      `Số ${low}, tối đa ${field.max.toLocaleString("vi-VN")}; ${places}.`,
      field.decimals === 0 ? `A whole number ${range}.` : `A number ${range}, with at most ${field.decimals} decimal places.`,
    );
  }
  if (field.kind === "multiChoice") {
    return described(
      `Một đến ${field.maxItems} địa bàn, cách nhau bởi “${LIST_SEPARATOR.trim()}”.`,
      `One to ${field.maxItems} districts or cities, separated by “${LIST_SEPARATOR.trim()}”.`,
    );
  }
  if (field.kind === "email") return described("Địa chỉ email.", "An email address.");
  if (field.kind === "url") return described("Địa chỉ trang web.", "A website address.");
  if (field.kind === "phone") return described("Số điện thoại.", "A telephone number.");
  return described(
    "Tên trong danh mục do quản trị viên quản lý.",
    "A name from a reference list that the portal's administrators maintain.",
  );
}

/**
 * The form's hint (Vietnamese only: it speaks to the person filling in the form) before the limits.
 * The English text says instead what a reader of the data needs: that a coordinate is half of the
 * map point, and that the two halves come together (lib/maps/map-point.ts).
 */
function describe(field: TemplateField): Described {
  const help = field.help && !/[.!?)]$/.test(field.help) ? `${field.help}.` : field.help;
  const limits = limitsOf(field);
  const note =
    field.kind === "number" && field.coordinate
      ? `The ${field.coordinate} of the project's map point, in decimal degrees; given together with the ${
          field.coordinate === "latitude" ? "longitude" : "latitude"
        } or not at all.`
      : undefined;
  return described([help, limits.description].filter(Boolean).join(" "), [note, limits.descriptionEn].filter(Boolean).join(" "));
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
          ...limitsOf(field),
          value: (project) => project[relation]?.name ?? null,
        },
        {
          ...common,
          key,
          label: `${field.label} (mã)`,
          labelEn: `${field.labelEn} (code)`,
          kind: "text",
          ...described(
            "Mã trong danh mục, như trong địa chỉ của danh mục dự án (?sector=…, ?form=…).",
            "The code in the reference list, as in the project catalogue's addresses (?sector=…, ?form=…).",
          ),
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
          ...limitsOf(field),
          value: (project) => project.locations.map(({ location }) => location.name).join(LIST_SEPARATOR) || null,
          list: (project) => project.locations.map(({ location }) => location.name),
        },
        {
          ...common,
          key,
          label: `${field.label} (mã)`,
          labelEn: `${field.labelEn} (codes)`,
          kind: "text",
          ...described(
            `Mã các địa bàn, cách nhau bởi “${LIST_SEPARATOR.trim()}”, như ?location=… của danh mục dự án.`,
            `The districts' codes, separated by “${LIST_SEPARATOR.trim()}”, as in the project catalogue's ?location=….`,
          ),
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
          labelEn: `${field.shownWith ? `${templateField(field.shownWith as FieldKey).labelEn}, ${field.labelEn.toLowerCase()}` : field.labelEn} (${MONEY_UNIT_EN[field.currency]})`,
          kind: "number",
          unit: MONEY_UNIT[field.currency],
          unitEn: MONEY_UNIT_EN[field.currency],
          decimals: field.decimals,
          ...describe(field),
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
          unitEn: field.unit ?? (key === "durationYears" ? "years" : undefined),
          decimals: field.decimals,
          ...describe(field),
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
          ...describe(field),
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
    ...described(
      "Mã cố định của dự án trên cổng, phần cuối địa chỉ trang dự án.",
      "The project's permanent identifier on the portal: the last part of its page's address.",
    ),
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
    ...described(
      "Địa chỉ trang công khai của dự án, với đủ các trường của mẫu.",
      "The address of the project's public page (in Vietnamese), with every field of the template.",
    ),
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
    ...described(
      "Ngày Ban Biên tập công bố dự án (giờ Việt Nam).",
      "The date the Editorial Board published the project (Vietnam time, UTC+7).",
    ),
    value: (project) => project.publishedAt,
  },
  {
    key: "lastConfirmedAt",
    label: "Ngày xác nhận thông tin gần nhất",
    labelEn: "Information last confirmed on",
    kind: "date",
    section: SITE_SECTION,
    required: false,
    ...described(
      "Ngày đơn vị xác nhận hoặc cập nhật thông tin gần nhất (giờ Việt Nam).",
      "The date the proposing unit last confirmed or updated the information (Vietnam time, UTC+7).",
    ),
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

export const KIND_LABELS_EN: Record<ExportKind, string> = {
  text: "Text",
  number: "Number",
  date: "Date",
  url: "URL",
};

/** Every template field has its column: a new field in the table is exported without more code. */
export function exportedFieldKeys(): string[] {
  return EXPORT_COLUMNS.map((column) => column.key).filter((key) => key in TEMPLATE_FIELDS);
}
