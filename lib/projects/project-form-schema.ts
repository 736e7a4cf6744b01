import { z } from "zod";

// The project-call form (template "Phụ lục" of letter 786/UBND-VHXH), one schema per step.
// The same schemas run in the browser (react-hook-form + zodResolver) and again in the server
// action, so a request that skips the browser is held to exactly the same rules.
//
// Field names follow the Prisma `Project` columns where one exists. Where the form holds a
// different representation than the database, the name says so and the server maps it:
//   sectorCode → sectorId, investmentFormCode → investmentFormId, locationCodes → ProjectLocation,
//   capitalTy (tỷ đồng) → capitalVnd (see capitalTyToVnd), capitalUsdMillion → capitalUsd.
// Every object is strict: server-owned fields (status, organizationId, version, slug, …) are refused.

// ---------------------------------------------------------------------------------------------
// Steps

export const PROJECT_FORM_STEPS = [
  { key: "unit", number: 1, title: "Đơn vị đề xuất" },
  { key: "general", number: 2, title: "Thông tin chung" },
  { key: "scale", number: 3, title: "Quy mô và tiến độ" },
  { key: "site", number: 4, title: "Địa điểm và hạ tầng" },
  { key: "impact", number: 5, title: "Hiệu quả và hồ sơ" },
  { key: "review", number: 6, title: "Xem lại và gửi" },
] as const;

export type ProjectFormStep = (typeof PROJECT_FORM_STEPS)[number];
export type ProjectFormStepKey = ProjectFormStep["key"];

// ---------------------------------------------------------------------------------------------
// Numbers

/** "5000" → "5.000": the vi-VN way of writing a count, used in messages. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function maxLengthMessage(max: number): string {
  return `Tối đa ${formatCount(max)} ký tự`;
}

const NUMBER_SPACES = /[ \u00A0\u202F]/g;

/**
 * Reads a number as people type it in Vietnam, or returns null.
 *
 * - vi-VN: "1.250,5" (dot groups thousands, comma is the decimal mark); "1 250,5" also works;
 * - plain / en-US: "1250.5", "1,250.5";
 * - a sign is allowed ("-5" is a number; the schemas then say it must be positive).
 *
 * Ambiguous input is read the vi-VN way: "1.250" is 1250 (a dot followed by one group of exactly
 * three digits is a thousands separator) and "1,25" / "1,250" is 1.25 / 1.250 (a lone comma is the
 * decimal mark). "0.125" and "1250.5" are decimals, because they cannot be thousands groups.
 * Exponents ("1e12"), units, letters and malformed groups ("12.34.5") give null.
 */
export function parseVietnameseNumber(text: string): number | null {
  if (typeof text !== "string") return null;
  let s = text.trim();
  if (s.length === 0 || s.length > 64) return null;

  let sign = "";
  const first = s[0];
  if (first === "+" || first === "-" || first === "\u2212") {
    sign = first === "+" ? "" : "-";
    s = s.slice(1).trimStart();
  }
  if (!/^[0-9., \u00A0\u202F]+$/.test(s)) return null;

  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  const spaced = /[ \u00A0\u202F]/.test(s);

  let group: "." | "," | " " | null = null;
  let decimal: "." | "," | null = null;
  if (spaced) {
    // "1 250,5" / "1 250.5": spaces group, at most one other mark and it is the decimal one.
    if (dots + commas > 1) return null;
    group = " ";
    decimal = dots === 1 ? "." : commas === 1 ? "," : null;
  } else if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, and it may occur only once.
    decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    if ((decimal === "." ? dots : commas) > 1) return null;
    group = decimal === "." ? "," : ".";
  } else if (dots + commas > 1) {
    group = dots > 0 ? "." : ",";
  } else if (commas === 1) {
    decimal = ",";
  } else if (dots === 1) {
    const [intPart = "", fraction = ""] = s.split(".");
    if (/^[1-9]\d{0,2}$/.test(intPart) && /^\d{3}$/.test(fraction)) group = ".";
    else decimal = ".";
  }

  let intPart = s;
  let fraction = "";
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
  }
  if (group) {
    const groups = group === " " ? intPart.split(NUMBER_SPACES) : intPart.split(group);
    const [lead = "", ...rest] = groups;
    if (!/^[1-9]\d{0,2}$/.test(lead) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
    intPart = groups.join("");
  }
  if (!/^\d*$/.test(intPart) || (intPart === "" && fraction === "")) return null;

  const value = Number(`${sign}${intPart || "0"}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // no -0
}

/**
 * Writes a number the vi-VN way ("1.250,5"), so that a stored value put back into a text input
 * reads back as the same number. Use it for default values: `String(12.345)` would read back as
 * 12345 (vi-VN thousands), this gives "12,345".
 */
export function formatVietnameseNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  let plain = Math.abs(value).toString();
  if (/e/i.test(plain)) plain = Math.abs(value).toFixed(20).replace(/\.?0+$/, "");
  const [intPart = "0", fraction] = plain.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** Decimal places of a finite number as JavaScript writes it (1250.5 → 1, 1e-7 → 7). */
function decimalPlaces(value: number): number {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(Math.abs(value).toString());
  if (!match) return Number.POSITIVE_INFINITY;
  return Math.max(0, (match[2]?.length ?? 0) - Number(match[3] ?? 0));
}

/** 1250.5 tỷ đồng → 1 250 500 000 000n VND (the `capitalVnd` column). */
export function capitalTyToVnd(capitalTy: number): bigint {
  return BigInt(Math.round(capitalTy * 1000)) * 1_000_000n;
}

/** `capitalVnd` → tỷ đồng, for the edit form (whole millions of VND; less is dropped). */
export function vndToCapitalTy(capitalVnd: bigint): number {
  return Number(capitalVnd / 1_000_000n) / 1000;
}

/** 2.5 million USD → 2 500 000n USD (the `capitalUsd` column). */
export function capitalUsdMillionToUsd(capitalUsdMillion: number): bigint {
  return BigInt(Math.round(capitalUsdMillion * 1000)) * 1000n;
}

/** `capitalUsd` → million USD, for the edit form (whole thousands of USD; less is dropped). */
export function usdToCapitalUsdMillion(capitalUsd: bigint): number {
  return Number(capitalUsd / 1000n) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Field builders. Each returns { submit, draft }: the rule for a complete form, and the rule for
// "Lưu nháp" (may be missing or empty, but type-, length- and format-checked when present).

type Field<S extends z.ZodType, D extends z.ZodType> = { submit: S; draft: D };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Control characters (C0, DEL, C1). Multi-line text keeps tab and newline; single-line keeps neither.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// Half of a surrogate pair: not text, and PostgreSQL refuses to store it.
const LONE_SURROGATE = /\p{Cs}/u;

/** Line endings as LF (browsers submit textareas with CRLF), Vietnamese letters composed (NFC). */
function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, "\n").normalize("NFC");
}

function isCleanText(value: string, multiline: boolean): boolean {
  return !(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value) && !LONE_SURROGATE.test(value);
}

interface TextOptions {
  /** Lower-case noun for messages: "tên dự án" → "Vui lòng nhập tên dự án". */
  noun: string;
  max: number;
  min?: number;
  multiline?: boolean;
  /** Message when empty, if not "Vui lòng nhập <noun>". */
  required?: string;
}

function requiredMessage(o: { noun: string; required?: string }): string {
  return o.required ?? `Vui lòng nhập ${o.noun}`;
}

/** A trimmed, normalised string; a missing value says "Vui lòng nhập …", a non-string "… không hợp lệ". */
function baseString(o: { noun: string; required?: string }) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? requiredMessage(o) : `${capitalize(o.noun)} không hợp lệ`,
    })
    .overwrite(normalizeText)
    .trim();
}

/** Free text: required (with an optional minimum length) on submit, may be empty in a draft. */
function text(o: TextOptions) {
  const label = capitalize(o.noun);
  const multiline = o.multiline ?? false;
  const tail = (s: z.ZodString) =>
    s
      .max(o.max, { error: maxLengthMessage(o.max), abort: true })
      .refine((v) => isCleanText(v, multiline), `${label} chứa ký tự không hợp lệ`);
  let submit = baseString(o).min(1, { error: requiredMessage(o), abort: true });
  if (o.min && o.min > 1) {
    submit = submit.min(o.min, { error: `${label} phải có ít nhất ${formatCount(o.min)} ký tự`, abort: true });
  }
  return { submit: tail(submit), draft: tail(baseString(o)).optional() };
}

// Vietnamese phone: digits in groups separated by one space, dot or dash, optionally led by +84.
const PHONE_PATTERN = /^(?:\+84[ .-]?)?\d+(?:[ .-]\d+)*$/;
const PHONE_MAX = 30;

function isPhone(value: string): boolean {
  if (!PHONE_PATTERN.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 8 && digits <= 15;
}

function phoneBase(o: { noun: string }) {
  const invalid = `${capitalize(o.noun)} không hợp lệ`;
  return { invalid, schema: baseString(o).max(PHONE_MAX, { error: invalid, abort: true }) };
}

/** A phone number that may be empty (draft; optional fields, which give "" then). */
function optionalPhoneSchema(o: { noun: string }) {
  const { invalid, schema } = phoneBase(o);
  return schema.refine((v) => v === "" || isPhone(v), invalid);
}

function phone(o: { noun: string }) {
  const { invalid, schema } = phoneBase(o);
  return {
    submit: schema.min(1, { error: requiredMessage(o), abort: true }).refine(isPhone, invalid),
    draft: optionalPhoneSchema(o).optional(),
  };
}

function optionalPhone(o: { noun: string }) {
  return { submit: optionalPhoneSchema(o).default(""), draft: optionalPhoneSchema(o).optional() };
}

const EMAIL_MAX = 254;
const EMAIL_INVALID = "Email không hợp lệ";

function email() {
  const o = { noun: "email" };
  const base = () => baseString(o).max(EMAIL_MAX, { error: EMAIL_INVALID, abort: true });
  return {
    submit: base()
      .min(1, { error: requiredMessage(o), abort: true })
      .regex(z.regexes.email, EMAIL_INVALID),
    draft: base()
      .refine((v) => v === "" || z.regexes.email.test(v), EMAIL_INVALID)
      .optional(),
  };
}

const WEBSITE_MAX = 2000;
const WEBSITE_INVALID = "Website phải là địa chỉ http:// hoặc https:// hợp lệ";
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** "sgtvt.kiengiang.gov.vn" → "https://sgtvt.kiengiang.gov.vn"; anything with a scheme is kept. */
function withScheme(value: string): string {
  if (value === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  return `https://${value}`;
}

/** An http(s) link to a named host: no credentials, no bare IP address, no spaces. */
function isWebsite(value: string): boolean {
  if (!/^https?:\/\/[^/\\\s]/i.test(value) || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.username !== "" || url.password !== "") return false;
  const host = url.hostname.toLowerCase();
  if (host.length > 253) return false;
  const labels = host.split(".");
  const top = labels[labels.length - 1] ?? "";
  return labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label)) && TOP_LEVEL_LABEL.test(top);
}

function website() {
  const schema = baseString({ noun: "website" })
    .max(WEBSITE_MAX, { error: maxLengthMessage(WEBSITE_MAX), abort: true })
    .overwrite(withScheme)
    .refine((v) => v === "" || isWebsite(v), WEBSITE_INVALID);
  return { submit: schema.default(""), draft: schema.optional() };
}

// Reference-data codes (sectors, locations, investment forms) are URL slugs; the server checks
// that the code exists and is active.
const CODE_PATTERN = /^[a-z0-9-]{1,64}$/;

function code(o: { noun: string }) {
  const o2 = { noun: o.noun, required: `Vui lòng chọn ${o.noun}` };
  const invalid = `${capitalize(o.noun)} không hợp lệ`;
  return {
    submit: baseString(o2)
      .min(1, { error: o2.required, abort: true })
      .regex(CODE_PATTERN, invalid),
    draft: baseString(o2)
      .refine((v) => v === "" || CODE_PATTERN.test(v), invalid)
      .optional(),
  };
}

const LOCATIONS_MAX = 15;
const LOCATIONS_REQUIRED = "Chọn ít nhất một địa bàn";

function locationCodes() {
  const item = z
    .string({ error: "Mã địa bàn không hợp lệ" })
    .trim()
    .regex(CODE_PATTERN, "Mã địa bàn không hợp lệ");
  const list = () =>
    z
      .array(item, {
        error: (issue) => (issue.input === undefined || issue.input === null ? LOCATIONS_REQUIRED : "Danh sách địa bàn không hợp lệ"),
      })
      .max(LOCATIONS_MAX, { error: `Chọn tối đa ${LOCATIONS_MAX} địa bàn`, abort: true })
      .refine((codes) => new Set(codes).size === codes.length, "Mỗi địa bàn chỉ được chọn một lần");
  return {
    submit: list().min(1, LOCATIONS_REQUIRED),
    draft: list().optional(),
  };
}

interface NumberOptions {
  noun: string;
  /** Lower bound; `exclusive` says whether the bound itself is refused. */
  min: number;
  exclusive: boolean;
  max: number;
  /** Whole numbers only (decimals: 0) or at most this many decimal places. */
  decimals: number;
  messages: { invalid: string; range?: string; tooSmall?: string; tooBig?: string; decimals?: string };
  required?: string;
}

type NumberRead = number | "empty" | "invalid";

/** Empty covers what forms send for "nothing": undefined, null, "" / spaces, NaN (valueAsNumber). */
function readNumber(value: unknown): NumberRead {
  if (value === undefined || value === null) return "empty";
  if (typeof value === "number") return Number.isNaN(value) ? "empty" : value;
  if (typeof value === "string") {
    if (value.trim() === "") return "empty";
    return parseVietnameseNumber(value) ?? "invalid";
  }
  return "invalid";
}

function checkNumber(value: number, o: NumberOptions): string | null {
  if (!Number.isFinite(value)) return o.messages.range ?? o.messages.tooBig ?? o.messages.invalid;
  if (o.exclusive ? value <= o.min : value < o.min) return o.messages.range ?? o.messages.tooSmall ?? o.messages.invalid;
  if (value > o.max) return o.messages.range ?? o.messages.tooBig ?? o.messages.invalid;
  if (decimalPlaces(value) > o.decimals) return o.messages.decimals ?? o.messages.invalid;
  return null;
}

const isNumberLike = (value: unknown): value is string | number => typeof value === "string" || typeof value === "number";

/**
 * A number typed as text ("1.250,5", "1250.5") or given as a number. Input type string | number,
 * output number (submit, required) or number | undefined (optional, and in drafts).
 */
function numberError(o: NumberOptions) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? requiredMessage(o) : o.messages.invalid;
}

/** Empty (missing, null, "", NaN) gives undefined; anything else must be a valid number. */
function optionalNumber(o: NumberOptions) {
  return z
    .custom<string | number | null>((v) => v === null || isNumberLike(v), { error: numberError(o) })
    .optional()
    .transform((value, ctx): number | undefined => {
      const read = readNumber(value);
      if (read === "empty") return undefined;
      const problem = read === "invalid" ? o.messages.invalid : checkNumber(read, o);
      if (problem !== null || read === "invalid") {
        ctx.issues.push({ code: "custom", message: problem ?? o.messages.invalid, input: value });
        return z.NEVER;
      }
      return read;
    });
}

/** Empty gives "Vui lòng nhập …". */
function requiredNumber(o: NumberOptions) {
  return z.custom<string | number>(isNumberLike, { error: numberError(o) }).transform((value, ctx): number => {
    const read = readNumber(value);
    const problem = read === "empty" ? requiredMessage(o) : read === "invalid" ? o.messages.invalid : checkNumber(read, o);
    if (problem !== null || typeof read !== "number") {
      ctx.issues.push({ code: "custom", message: problem ?? o.messages.invalid, input: value });
      return z.NEVER;
    }
    return read;
  });
}

/**
 * A number typed as text ("1.250,5", "1250.5") or given as a number (valueAsNumber; NaN = empty).
 * Required on submit (input string | number → number), optional in a draft (→ number | undefined).
 */
function numberField(o: NumberOptions) {
  return { submit: requiredNumber(o), draft: optionalNumber(o) };
}

/** Like numberField, but may be left empty on submit too. */
function optionalNumberField(o: NumberOptions) {
  return { submit: optionalNumber(o), draft: optionalNumber(o) };
}

// ---------------------------------------------------------------------------------------------
// Fields of the template

const DURATION_RANGE =
  "Thời hạn dự án phải từ 1 đến 70 năm (Luật Đầu tư: tối đa 50 năm, trường hợp đặc biệt tối đa 70 năm)";

const fields = {
  // I. Đơn vị đề xuất
  unitName: text({ noun: "tên đơn vị", max: 300 }),
  unitAddress: text({ noun: "địa chỉ", max: 500 }),
  unitPhone: phone({ noun: "số điện thoại" }),
  unitFax: optionalPhone({ noun: "số fax" }),
  unitEmail: email(),
  unitWebsite: website(),
  contactName: text({ noun: "người liên hệ", max: 200 }),
  contactTitle: text({ noun: "chức vụ", max: 200 }),

  // II. Thông tin chung
  sectorCode: code({ noun: "ngành / lĩnh vực" }),
  name: text({ noun: "tên dự án", min: 5, max: 300 }),
  objectives: text({ noun: "mục tiêu dự án", min: 20, max: 10_000, multiline: true }),
  investmentFormCode: code({ noun: "hình thức đầu tư" }),

  // Quy mô và tiến độ
  capitalTy: numberField({
    noun: "tổng vốn đầu tư",
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
  }),
  capitalUsdMillion: optionalNumberField({
    noun: "vốn đầu tư (triệu USD)",
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
  }),
  scale: text({ noun: "quy mô dự án", max: 2000, multiline: true }),
  areaHa: optionalNumberField({
    noun: "diện tích",
    min: 0,
    exclusive: true,
    max: 1_000_000,
    decimals: 4,
    messages: {
      invalid: "Diện tích phải là số (ha)",
      tooSmall: "Diện tích phải lớn hơn 0",
      tooBig: "Diện tích tối đa 1.000.000 ha",
      decimals: "Diện tích chỉ được có tối đa 4 chữ số thập phân",
    },
  }),
  durationYears: numberField({
    noun: "thời hạn dự án",
    min: 1,
    exclusive: false,
    max: 70,
    decimals: 0,
    messages: {
      invalid: "Thời hạn dự án phải là số năm",
      range: DURATION_RANGE,
      decimals: "Thời hạn dự án phải là số năm nguyên",
    },
  }),
  implementationPlan: text({ noun: "kế hoạch triển khai dự án", max: 5000, multiline: true }),
  legalBasis: text({ noun: "căn cứ xây dựng dự án", max: 5000, multiline: true }),

  // Địa điểm và hạ tầng
  locationCodes: locationCodes(),
  locationText: text({ noun: "địa điểm dự án", max: 2000, multiline: true }),
  infrastructure: text({ noun: "hạ tầng tại địa điểm", max: 5000, multiline: true }),
  incentives: text({ noun: "điều kiện hoặc ưu đãi đầu tư", max: 5000, multiline: true }),

  // Hiệu quả và hồ sơ
  socialEfficiency: text({ noun: "hiệu quả xã hội của dự án", max: 5000, multiline: true }),
  dossierSubmission: text({ noun: "địa điểm nộp hồ sơ đăng ký đầu tư", max: 2000, multiline: true }),
} satisfies Record<string, Field<z.ZodType, z.ZodType>>;

type Fields = typeof fields;
type FieldName = keyof Fields;

function pick<const K extends readonly FieldName[], M extends "submit" | "draft">(
  names: K,
  mode: M,
): { [P in K[number]]: Fields[P][M] } {
  return Object.fromEntries(names.map((name) => [name, fields[name][mode]])) as { [P in K[number]]: Fields[P][M] };
}

/** The fields of each data step, in form order (also what `trigger()` needs for one step). */
export const STEP_FIELDS = {
  unit: ["unitName", "unitAddress", "unitPhone", "unitFax", "unitEmail", "unitWebsite", "contactName", "contactTitle"],
  general: ["sectorCode", "name", "objectives", "investmentFormCode"],
  scale: ["capitalTy", "capitalUsdMillion", "scale", "areaHa", "durationYears", "implementationPlan", "legalBasis"],
  site: ["locationCodes", "locationText", "infrastructure", "incentives"],
  impact: ["socialEfficiency", "dossierSubmission"],
} as const satisfies Record<Exclude<ProjectFormStepKey, "review">, readonly FieldName[]>;

/** Unknown keys are refused with one message at the root (path []); legitimate users never see it. */
const objectParams = {
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code === "unrecognized_keys") {
      const keys = (issue.keys as string[]).slice(0, 5).map((k) => k.slice(0, 40));
      return `Biểu mẫu có trường không được phép: ${keys.join(", ")}`;
    }
    return "Dữ liệu biểu mẫu không hợp lệ";
  },
};

export const unitSchema = z.strictObject(pick(STEP_FIELDS.unit, "submit"), objectParams);
export const generalSchema = z.strictObject(pick(STEP_FIELDS.general, "submit"), objectParams);
export const scaleSchema = z.strictObject(pick(STEP_FIELDS.scale, "submit"), objectParams);
export const siteSchema = z.strictObject(pick(STEP_FIELDS.site, "submit"), objectParams);
export const impactSchema = z.strictObject(pick(STEP_FIELDS.impact, "submit"), objectParams);

/** The whole form (step 6, "Xem lại và gửi", and the submit action). */
export const projectFormSchema = z.strictObject(
  {
    ...unitSchema.shape,
    ...generalSchema.shape,
    ...scaleSchema.shape,
    ...siteSchema.shape,
    ...impactSchema.shape,
  },
  objectParams,
);

/** One schema per step; "review" validates the whole form. */
export const stepSchemas = {
  unit: unitSchema,
  general: generalSchema,
  scale: scaleSchema,
  site: siteSchema,
  impact: impactSchema,
  review: projectFormSchema,
} as const satisfies Record<ProjectFormStepKey, z.ZodType>;

/**
 * "Lưu nháp": every field may be missing or empty (text stays "", numbers become undefined), but
 * whatever is present is type-, length- and format-checked. Minimum lengths (name ≥ 5, objectives
 * ≥ 20) are completeness rules and apply only on submit. Strict like the rest.
 */
export const draftSchema = z.strictObject(
  {
    ...pick(STEP_FIELDS.unit, "draft"),
    ...pick(STEP_FIELDS.general, "draft"),
    ...pick(STEP_FIELDS.scale, "draft"),
    ...pick(STEP_FIELDS.site, "draft"),
    ...pick(STEP_FIELDS.impact, "draft"),
  },
  objectParams,
);

export type ProjectFormInput = z.input<typeof projectFormSchema>;
export type ProjectFormValues = z.output<typeof projectFormSchema>;
export type ProjectDraftInput = z.input<typeof draftSchema>;
export type ProjectDraftValues = z.output<typeof draftSchema>;

/** Empty default values for `useForm({ defaultValues })`: every input controlled from the start. */
export const PROJECT_FORM_DEFAULTS = {
  unitName: "",
  unitAddress: "",
  unitPhone: "",
  unitFax: "",
  unitEmail: "",
  unitWebsite: "",
  contactName: "",
  contactTitle: "",
  sectorCode: "",
  name: "",
  objectives: "",
  investmentFormCode: "",
  capitalTy: "",
  capitalUsdMillion: "",
  scale: "",
  areaHa: "",
  durationYears: "",
  implementationPlan: "",
  legalBasis: "",
  locationCodes: [],
  locationText: "",
  infrastructure: "",
  incentives: "",
  socialEfficiency: "",
  dossierSubmission: "",
} satisfies Required<ProjectFormInput> & ProjectDraftInput;
