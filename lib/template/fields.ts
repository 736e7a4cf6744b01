// The official template (Phụ lục of letter 786/UBND-VHXH) as one table. Every field is written here
// once — its place in the letter, its exact Vietnamese label, its English label, the form step that
// asks for it, what kind of value it holds, its limits and the database column behind it — and
// everything else is derived from this: the step schemas and defaults, the form's inputs, the
// review step, the public page, the reviewer's diff, section I's snapshot and the API's names.
// Adding a field is one entry here plus a migration (README: "Thêm một trường vào mẫu").
//
// A few fields are not items of the letter but belong with them: the unit's optional English name
// and summary (`translationOf`). They are asked in the form, shown in the review step and the
// reviewer's diff (reviewers approve what the English pages will publish) and carried by the API and
// the exports, but the Vietnamese public page's template sections leave them out, they take no
// number, and an empty one is stored as NULL ("not given"), which the English pages test for.

import type { Locale } from "@/lib/i18n/locales";

export const TEMPLATE_SECTIONS = {
  I: { title: "I. THÔNG TIN VỀ ĐƠN VỊ ĐỀ XUẤT DỰ ÁN", titleEn: "I. PROPOSING UNIT" },
  II: { title: "II. THÔNG TIN VỀ DỰ ÁN", titleEn: "II. PROJECT INFORMATION" },
} as const;

export type SectionKey = keyof typeof TEMPLATE_SECTIONS;

/** The form's data steps, in order; the form adds a last step, "Xem lại và gửi", of its own. */
export const TEMPLATE_STEPS = [
  { key: "unit", title: "Đơn vị đề xuất", titleEn: "Proposing unit" },
  { key: "general", title: "Thông tin chung", titleEn: "General information" },
  { key: "scale", title: "Quy mô và tiến độ", titleEn: "Scale and schedule" },
  { key: "site", title: "Địa điểm và hạ tầng", titleEn: "Site and infrastructure" },
  { key: "impact", title: "Hiệu quả và hồ sơ", titleEn: "Impact and dossier" },
] as const;

export type StepKey = (typeof TEMPLATE_STEPS)[number]["key"];

export const REVIEW_STEP = { key: "review", title: "Xem lại và gửi", titleEn: "Review and submit" } as const;

/** Numbered items of section II that hold several fields (the letter's items 4, 5 and 7). */
const TEMPLATE_GROUPS = {
  size: { number: "4", label: "Quy mô dự án", labelEn: "Project size" },
  durationAndPlan: {
    number: "5",
    label: "Thời hạn dự án (năm) và kế hoạch triển khai dự án",
    labelEn: "Project duration (years) and implementation plan",
  },
  location: { number: "7", label: "Địa điểm dự án", labelEn: "Location" },
} as const;

type GroupKey = keyof typeof TEMPLATE_GROUPS;

/** The reference lists an admin maintains; a choice field stores one code of its list. */
export type ReferenceList = "sectors" | "forms" | "locations";

interface FieldBase {
  section: SectionKey;
  /** The item's number as printed in the letter ("1" … "11"), where the field is an item of its own. */
  number?: string;
  /** The item of section II the field belongs to, where the letter groups several. */
  group?: GroupKey;
  /** The letter's own words. */
  label: string;
  labelEn: string;
  /** A hint under the input. */
  help?: string;
  step: StepKey;
  required: boolean;
  /** Lower-case noun for messages: "tên dự án" → "Vui lòng nhập tên dự án". */
  noun: string;
  /** Takes the whole width of the form's two-column grid (long text always does). */
  wide?: boolean;
  /** The label in the form, the review step and the diff, where it differs from the item's own. */
  formLabel?: string;
  /** Section I: the organisation's own detail a new project call starts from. */
  fromOrganization?: "name" | "address" | "phone" | "fax" | "email" | "website" | "contactName" | "contactTitle";
  /** Shown within another field's value on the public page ("(khoảng 49 triệu USD)"). */
  shownWith?: string;
  /**
   * The field this one gives in English, for the English pages: not an item of the letter (the
   * header comment says where it shows), optional, and NULL when empty.
   */
  translationOf?: string;
}

interface TextField extends FieldBase {
  kind: "text" | "longText";
  maxLength: number;
  minLength?: number;
  /** The Project column; the same name as the field unless said. */
  column: string;
}

interface ContactField extends FieldBase {
  kind: "email" | "url" | "phone";
  column: string;
}

interface ChoiceField extends FieldBase {
  kind: "choice";
  list: Exclude<ReferenceList, "locations">;
  /** The relation's id column (sectorCode → sectorId). */
  column: "sectorId" | "investmentFormId";
}

interface MultiChoiceField extends FieldBase {
  kind: "multiChoice";
  list: "locations";
  maxItems: number;
}

interface NumberRange {
  /** Lower bound; `exclusive` says whether the bound itself is refused. */
  min: number;
  exclusive: boolean;
  max: number;
  /** Whole numbers only (0) or at most this many decimal places. */
  decimals: number;
  messages: { invalid: string; range?: string; tooSmall?: string; tooBig?: string; decimals?: string };
  /** The unit shown after a value ("ha"). */
  unit?: string;
}

interface MoneyField extends FieldBase, NumberRange {
  kind: "money";
  currency: "VND" | "USD";
  /** Entered in tỷ đồng / million USD, stored as whole VND / USD. */
  column: "capitalVnd" | "capitalUsd";
}

interface NumberField extends FieldBase, NumberRange {
  kind: "number";
  column: string;
  /**
   * One half of the project's map point. A coordinate is read with either mark as the decimal one
   * ("10.012" is ten point zero one two, never ten thousand and twelve), and the two halves are
   * given together or not at all (lib/maps/map-point.ts).
   */
  coordinate?: "latitude" | "longitude";
}

export type TemplateField = TextField | ContactField | ChoiceField | MultiChoiceField | MoneyField | NumberField;

const DURATION_RANGE = "Thời hạn dự án phải từ 1 đến 70 năm (Luật Đầu tư: tối đa 50 năm, trường hợp đặc biệt tối đa 70 năm)";

/**
 * The template, in the letter's order. The keys are the form's field names and the API's; where
 * the database holds another representation (codes → ids, tỷ đồng → VND) the entry says which column.
 */
export const TEMPLATE_FIELDS = {
  // I. Đơn vị đề xuất
  unitName: {
    section: "I",
    fromOrganization: "name",
    label: "Tên đơn vị",
    labelEn: "Name of the unit",
    step: "unit",
    kind: "text",
    required: true,
    noun: "tên đơn vị",
    maxLength: 300,
    column: "unitName",
    wide: true,
  },
  unitAddress: {
    section: "I",
    fromOrganization: "address",
    label: "Địa chỉ",
    labelEn: "Address",
    step: "unit",
    kind: "text",
    required: true,
    noun: "địa chỉ",
    maxLength: 500,
    column: "unitAddress",
    wide: true,
  },
  unitPhone: {
    section: "I",
    fromOrganization: "phone",
    label: "Điện thoại",
    labelEn: "Telephone",
    step: "unit",
    kind: "phone",
    required: true,
    noun: "số điện thoại",
    column: "unitPhone",
  },
  unitFax: {
    section: "I",
    fromOrganization: "fax",
    label: "Fax",
    labelEn: "Fax",
    step: "unit",
    kind: "phone",
    required: false,
    noun: "số fax",
    column: "unitFax",
  },
  unitEmail: {
    section: "I",
    fromOrganization: "email",
    label: "Email",
    labelEn: "Email",
    step: "unit",
    kind: "email",
    required: true,
    noun: "email",
    column: "unitEmail",
  },
  unitWebsite: {
    section: "I",
    fromOrganization: "website",
    label: "Website",
    labelEn: "Website",
    help: "Ví dụ: sgtvt.kiengiang.gov.vn",
    step: "unit",
    kind: "url",
    required: false,
    noun: "website",
    column: "unitWebsite",
  },
  contactName: {
    section: "I",
    fromOrganization: "contactName",
    label: "Người liên hệ",
    labelEn: "Contact person",
    step: "unit",
    kind: "text",
    required: true,
    noun: "người liên hệ",
    maxLength: 200,
    column: "contactName",
  },
  contactTitle: {
    section: "I",
    fromOrganization: "contactTitle",
    label: "Chức vụ",
    labelEn: "Position",
    step: "unit",
    kind: "text",
    required: true,
    noun: "chức vụ",
    maxLength: 200,
    column: "contactTitle",
  },

  // II. Thông tin về dự án
  sectorCode: {
    section: "II",
    label: "Ngành / Lĩnh vực",
    labelEn: "Sector",
    step: "general",
    kind: "choice",
    list: "sectors",
    required: true,
    noun: "ngành / lĩnh vực",
    column: "sectorId",
    wide: true,
  },
  name: {
    section: "II",
    number: "1",
    label: "Tên dự án",
    labelEn: "Project name",
    step: "general",
    kind: "text",
    required: true,
    noun: "tên dự án",
    minLength: 5,
    maxLength: 300,
    column: "name",
    wide: true,
  },
  nameEn: {
    section: "II",
    translationOf: "name",
    label: "Tên dự án bằng tiếng Anh",
    labelEn: "Project name in English",
    help: "Hiển thị trên các trang tiếng Anh của cổng; để trống thì các trang đó hiển thị tên tiếng Việt.",
    step: "general",
    kind: "text",
    required: false,
    noun: "tên dự án bằng tiếng Anh",
    maxLength: 300,
    column: "nameEn",
    wide: true,
  },
  objectives: {
    section: "II",
    number: "2",
    label: "Mục tiêu dự án",
    labelEn: "Objectives",
    help: "Ít nhất 20 ký tự.",
    step: "general",
    kind: "longText",
    required: true,
    noun: "mục tiêu dự án",
    minLength: 20,
    maxLength: 10_000,
    column: "objectives",
  },
  // A short English summary rather than a translation of the objectives, which may run to pages.
  summaryEn: {
    section: "II",
    translationOf: "objectives",
    label: "Tóm tắt dự án bằng tiếng Anh",
    labelEn: "Project summary in English",
    help: "Vài câu giới thiệu dự án cho nhà đầu tư nước ngoài, hiển thị trên các trang tiếng Anh của cổng. Tối đa 2.000 ký tự.",
    step: "general",
    kind: "longText",
    required: false,
    noun: "tóm tắt dự án bằng tiếng Anh",
    maxLength: 2000,
    column: "summaryEn",
  },
  investmentFormCode: {
    section: "II",
    number: "3",
    label: "Hình thức đầu tư",
    labelEn: "Form of investment",
    step: "general",
    kind: "choice",
    list: "forms",
    required: true,
    noun: "hình thức đầu tư",
    column: "investmentFormId",
    wide: true,
  },
  capitalTy: {
    section: "II",
    group: "size",
    label: "Tổng vốn đầu tư dự kiến",
    labelEn: "Total estimated investment",
    step: "scale",
    kind: "money",
    currency: "VND",
    required: true,
    noun: "tổng vốn đầu tư",
    help: "Ví dụ: 1.250,5 (một nghìn hai trăm năm mươi tỷ năm trăm triệu đồng)",
    column: "capitalVnd",
    min: 0,
    exclusive: true,
    max: 1_000_000,
    decimals: 3,
    messages: {
      invalid: "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)",
      tooSmall: "Tổng vốn đầu tư phải lớn hơn 0",
      tooBig: "Tổng vốn đầu tư tối đa 1.000.000 tỷ đồng",
      decimals: "Tổng vốn đầu tư chỉ được có tối đa 3 chữ số thập phân",
    },
  },
  capitalUsdMillion: {
    section: "II",
    group: "size",
    label: "Tương đương",
    labelEn: "Equivalent",
    step: "scale",
    kind: "money",
    currency: "USD",
    required: false,
    shownWith: "capitalTy",
    noun: "vốn đầu tư (triệu USD)",
    column: "capitalUsd",
    min: 0,
    exclusive: true,
    max: 100_000,
    decimals: 3,
    messages: {
      invalid: "Vốn đầu tư (triệu USD) phải là số",
      tooSmall: "Vốn đầu tư (triệu USD) phải lớn hơn 0",
      tooBig: "Vốn đầu tư tối đa 100.000 triệu USD",
      decimals: "Vốn đầu tư (triệu USD) chỉ được có tối đa 3 chữ số thập phân",
    },
  },
  scale: {
    section: "II",
    group: "size",
    label: "Quy mô dự án",
    labelEn: "Scale",
    step: "scale",
    kind: "longText",
    required: true,
    noun: "quy mô dự án",
    maxLength: 2000,
    column: "scale",
  },
  areaHa: {
    section: "II",
    group: "size",
    label: "Diện tích (ha)",
    labelEn: "Area (ha)",
    step: "scale",
    kind: "number",
    required: false,
    noun: "diện tích",
    column: "areaHa",
    min: 0,
    exclusive: true,
    max: 1_000_000,
    decimals: 4,
    unit: "ha",
    messages: {
      invalid: "Diện tích phải là số (ha)",
      tooSmall: "Diện tích phải lớn hơn 0",
      tooBig: "Diện tích tối đa 1.000.000 ha",
      decimals: "Diện tích chỉ được có tối đa 4 chữ số thập phân",
    },
  },
  durationYears: {
    section: "II",
    group: "durationAndPlan",
    label: "Thời hạn dự án (năm)",
    labelEn: "Duration (years)",
    help: "Từ 1 đến 70 năm.",
    step: "scale",
    kind: "number",
    required: true,
    noun: "thời hạn dự án",
    column: "durationYears",
    min: 1,
    exclusive: false,
    max: 70,
    decimals: 0,
    messages: {
      invalid: "Thời hạn dự án phải là số năm",
      range: DURATION_RANGE,
      decimals: "Thời hạn dự án phải là số năm nguyên",
    },
  },
  implementationPlan: {
    section: "II",
    group: "durationAndPlan",
    label: "Kế hoạch triển khai dự án",
    labelEn: "Implementation plan",
    step: "scale",
    kind: "longText",
    required: true,
    noun: "kế hoạch triển khai dự án",
    maxLength: 5000,
    column: "implementationPlan",
  },
  legalBasis: {
    section: "II",
    number: "6",
    label: "Căn cứ xây dựng dự án",
    labelEn: "Legal basis",
    step: "scale",
    kind: "longText",
    required: true,
    noun: "căn cứ xây dựng dự án",
    maxLength: 5000,
    column: "legalBasis",
  },
  locationCodes: {
    section: "II",
    group: "location",
    label: "Địa bàn",
    labelEn: "Districts",
    formLabel: "7. Địa điểm dự án",
    wide: true,
    help: "Chọn một hoặc nhiều huyện, thành phố nơi dự án được thực hiện.",
    step: "site",
    kind: "multiChoice",
    list: "locations",
    required: true,
    noun: "địa bàn",
    maxItems: 15,
  },
  locationText: {
    section: "II",
    group: "location",
    label: "Địa chỉ, vị trí, diện tích khu đất",
    labelEn: "Address, site and land area",
    step: "site",
    kind: "longText",
    required: true,
    noun: "địa điểm dự án",
    maxLength: 2000,
    column: "locationText",
  },
  // The map point: optional, within the province (lib/maps/province-bounds.ts holds the same box).
  latitude: {
    section: "II",
    group: "location",
    label: "Vĩ độ",
    labelEn: "Latitude",
    help: "Nhập, ví dụ 10,0125, hoặc chọn trên bản đồ bên dưới.",
    step: "site",
    kind: "number",
    coordinate: "latitude",
    required: false,
    noun: "vĩ độ",
    column: "latitude",
    min: 9.2,
    exclusive: false,
    max: 10.6,
    decimals: 6,
    messages: {
      invalid: "Vĩ độ phải là số độ thập phân, ví dụ 10,0125",
      range: "Vĩ độ phải trong khoảng 9,2 đến 10,6 (trong tỉnh Kiên Giang)",
      decimals: "Vĩ độ chỉ được có tối đa 6 chữ số thập phân",
    },
  },
  longitude: {
    section: "II",
    group: "location",
    label: "Kinh độ",
    labelEn: "Longitude",
    help: "Ví dụ 105,0809; nhập cùng vĩ độ.",
    step: "site",
    kind: "number",
    coordinate: "longitude",
    required: false,
    shownWith: "latitude",
    noun: "kinh độ",
    column: "longitude",
    min: 103.4,
    exclusive: false,
    max: 105.6,
    decimals: 6,
    messages: {
      invalid: "Kinh độ phải là số độ thập phân, ví dụ 105,0809",
      range: "Kinh độ phải trong khoảng 103,4 đến 105,6 (trong tỉnh Kiên Giang, kể cả Phú Quốc)",
      decimals: "Kinh độ chỉ được có tối đa 6 chữ số thập phân",
    },
  },
  infrastructure: {
    section: "II",
    number: "8",
    label: "Hạ tầng tại địa điểm",
    labelEn: "Infrastructure at the site",
    step: "site",
    kind: "longText",
    required: true,
    noun: "hạ tầng tại địa điểm",
    maxLength: 5000,
    column: "infrastructure",
  },
  incentives: {
    section: "II",
    number: "9",
    label: "Điều kiện hoặc ưu đãi đầu tư",
    labelEn: "Investment conditions or incentives",
    step: "site",
    kind: "longText",
    required: true,
    noun: "điều kiện hoặc ưu đãi đầu tư",
    maxLength: 5000,
    column: "incentives",
  },
  socialEfficiency: {
    section: "II",
    number: "10",
    label: "Hiệu quả xã hội của dự án",
    labelEn: "Social efficiency",
    step: "impact",
    kind: "longText",
    required: true,
    noun: "hiệu quả xã hội của dự án",
    maxLength: 5000,
    column: "socialEfficiency",
  },
  dossierSubmission: {
    section: "II",
    number: "11",
    label: "Địa điểm nộp hồ sơ đăng ký đầu tư",
    labelEn: "Where to submit the investment registration dossier",
    step: "impact",
    kind: "longText",
    required: true,
    noun: "địa điểm nộp hồ sơ đăng ký đầu tư",
    maxLength: 2000,
    column: "dossierSubmission",
  },
} as const satisfies Record<string, TemplateField>;

export type FieldKey = keyof typeof TEMPLATE_FIELDS;
export type TemplateFieldOf<K extends FieldKey> = (typeof TEMPLATE_FIELDS)[K];

/** Every field, in the letter's order. */
export const FIELD_KEYS = Object.keys(TEMPLATE_FIELDS) as FieldKey[];

export function templateField(key: FieldKey): TemplateField {
  return TEMPLATE_FIELDS[key];
}

/** A field's label in the page's language: the letter's exact Vietnamese words, or their English. */
export function templateLabel(key: FieldKey, locale: Locale): string {
  const field = templateField(key);
  return locale === "en" ? field.labelEn : field.label;
}

export function fieldsOfStep(step: StepKey): FieldKey[] {
  return FIELD_KEYS.filter((key) => TEMPLATE_FIELDS[key].step === step);
}

export function fieldsOfSection(section: SectionKey): FieldKey[] {
  return FIELD_KEYS.filter((key) => TEMPLATE_FIELDS[key].section === section);
}

const MONEY_UNIT = { VND: "tỷ đồng", USD: "triệu USD" } as const;

/** The unit a value is entered and shown in, if any: "tỷ đồng", "triệu USD", "ha". */
function fieldUnit(field: TemplateField): string | undefined {
  if (field.kind === "money") return MONEY_UNIT[field.currency];
  return field.kind === "number" ? field.unit : undefined;
}

/**
 * The label in the form, the review step and the diff: the item's number where the letter gives
 * one ("1. Tên dự án"), and the unit of a money figure ("Tổng vốn đầu tư dự kiến (tỷ đồng)").
 */
export function formLabel(key: FieldKey): string {
  const field = templateField(key);
  if (field.formLabel) return field.formLabel;
  const label = field.number ? `${field.number}. ${field.label}` : field.label;
  return field.kind === "money" ? `${label} (${fieldUnit(field)})` : label;
}

/** What the public page and the review show under one heading: a field of its own, or a group. */
export type TemplateItem = { kind: "field"; key: FieldKey } | { kind: "group"; group: GroupKey; keys: FieldKey[] };

/** Whether the field is one of the letter's own, rather than an English version of one. */
export function isLetterField(key: FieldKey): boolean {
  return templateField(key).translationOf === undefined;
}

/** The unit's English versions of the letter's fields (the English name and summary). */
export const TRANSLATION_FIELD_KEYS = FIELD_KEYS.filter((key) => !isLetterField(key));

/**
 * A section's items in the letter's order, as the public template shows them; a group stands where
 * its first field stands. The English versions are not items of the letter.
 */
export function itemsOfSection(section: SectionKey): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const key of fieldsOfSection(section).filter(isLetterField)) {
    const group = templateField(key).group;
    if (!group) items.push({ kind: "field", key });
    else if (!items.some((item) => item.kind === "group" && item.group === group)) {
      items.push({
        kind: "group",
        group,
        keys: fieldsOfSection(section).filter((other) => templateField(other).group === group),
      });
    }
  }
  return items;
}

/** A heading for an item: "1. Tên dự án", "4. Quy mô dự án", "Ngành / Lĩnh vực". */
export function itemHeading(item: TemplateItem, english = false): string {
  if (item.kind === "group") {
    const group = TEMPLATE_GROUPS[item.group];
    return `${group.number}. ${english ? group.labelEn : group.label}`;
  }
  const field = templateField(item.key);
  const label = english ? field.labelEn : field.label;
  return field.number ? `${field.number}. ${label}` : label;
}
