import { z } from "zod";
import { formatVietnameseNumber, parseVietnameseNumber } from "@/lib/format/number";
import {
  FIELD_KEYS,
  REVIEW_STEP,
  TEMPLATE_FIELDS,
  TEMPLATE_STEPS,
  fieldsOfStep,
  templateField,
  type FieldKey,
  type StepKey,
  type TemplateField,
} from "@/lib/template/fields";
import { BOTH_OR_NEITHER, parseCoordinate } from "@/lib/maps/map-point";
import { removeInvisibleFormatting } from "@/lib/text/invisible-characters";

// The project-call form's schemas, one per step, derived from the template table
// (lib/template/fields.ts). The same schemas run in the browser (react-hook-form + zodResolver) and
// again in the server action, so a request that skips the browser is held to exactly the same rules.
// This module only composes: numbers are read by lib/format/number.ts, money is converted by
// lib/format/money.ts, and each field's kind, limits and messages come from the table.
// Every object is strict: server-owned fields (status, organizationId, version, slug, …) are refused.

// ---------------------------------------------------------------------------------------------
// Steps: the table's data steps, then "Xem lại và gửi"

export const PROJECT_FORM_STEPS = [...TEMPLATE_STEPS, REVIEW_STEP].map((step, index) => ({ ...step, number: index + 1 }));

export type ProjectFormStepKey = StepKey | typeof REVIEW_STEP.key;

/** How many steps the form has, the review step included: a call that completed them all is at this step. */
export const FORM_STEP_COUNT = PROJECT_FORM_STEPS.length;

// ---------------------------------------------------------------------------------------------
// Numbers (read and written the vi-VN way by lib/format/number.ts, as everywhere on the site)

function maxLengthMessage(max: number): string {
  return `Tối đa ${formatVietnameseNumber(max)} ký tự`;
}

/** Decimal places of a finite number as JavaScript writes it (1250.5 → 1, 1e-7 → 7). */
function decimalPlaces(value: number): number {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(Math.abs(value).toString());
  if (!match) return Number.POSITIVE_INFINITY;
  return Math.max(0, (match[2]?.length ?? 0) - Number(match[3] ?? 0));
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

/**
 * Line endings as LF (browsers submit textareas with CRLF), Vietnamese letters composed (NFC), and
 * no invisible formatting characters that could disguise the text.
 */
function normalizeText(value: string): string {
  return removeInvisibleFormatting(value.replace(/\r\n?/g, "\n").normalize("NFC"));
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
  /** May be left empty on submit too. */
  optional?: boolean;
  /** Empty (or null) gives null: "not given", which the English pages tell apart from a text. */
  emptyAsNull?: boolean;
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
  if (o.optional && o.emptyAsNull) {
    const given = () =>
      tail(baseString(o))
        .nullable()
        .transform((v) => (v === null || v === "" ? null : v));
    return { submit: given().default(null), draft: given().optional() };
  }
  if (o.optional) return { submit: tail(baseString(o)).default(""), draft: tail(baseString(o)).optional() };
  let submit = baseString(o).min(1, { error: requiredMessage(o), abort: true });
  if (o.min && o.min > 1) {
    submit = submit.min(o.min, { error: `${label} phải có ít nhất ${formatVietnameseNumber(o.min)} ký tự`, abort: true });
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
    submit: baseString(o2).min(1, { error: o2.required, abort: true }).regex(CODE_PATTERN, invalid),
    draft: baseString(o2)
      .refine((v) => v === "" || CODE_PATTERN.test(v), invalid)
      .optional(),
  };
}

const LOCATIONS_REQUIRED = "Chọn ít nhất một địa bàn";

function locationCodes(max: number) {
  const item = z.string({ error: "Mã địa bàn không hợp lệ" }).trim().regex(CODE_PATTERN, "Mã địa bàn không hợp lệ");
  const list = () =>
    z
      .array(item, {
        error: (issue) =>
          issue.input === undefined || issue.input === null ? LOCATIONS_REQUIRED : "Danh sách địa bàn không hợp lệ",
      })
      .max(max, { error: `Chọn tối đa ${max} địa bàn`, abort: true })
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
  /** How typed text becomes a number: the vi-VN way unless the field says otherwise (coordinates). */
  parse?: (text: string) => number | null;
}

type NumberRead = number | "empty" | "invalid";

/** Empty covers what forms send for "nothing": undefined, null, "" / spaces, NaN (valueAsNumber). */
function readNumber(value: unknown, parse: (text: string) => number | null = parseVietnameseNumber): NumberRead {
  if (value === undefined || value === null) return "empty";
  if (typeof value === "number") return Number.isNaN(value) ? "empty" : value;
  if (typeof value === "string") {
    if (value.trim() === "") return "empty";
    return parse(value) ?? "invalid";
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
      const read = readNumber(value, o.parse);
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
    const read = readNumber(value, o.parse);
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
// The template's fields, from the table

/** A field's rules as the table states them: on submit, and in a draft. */
function schemasOf(field: TemplateField): Field<z.ZodType, z.ZodType> {
  const o = { noun: field.noun };
  switch (field.kind) {
    case "text":
    case "longText":
      return text({
        ...o,
        max: field.maxLength,
        min: field.minLength,
        multiline: field.kind === "longText",
        optional: !field.required,
        emptyAsNull: field.translationOf !== undefined,
      });
    case "phone":
      return field.required ? phone(o) : optionalPhone(o);
    case "email":
      return email();
    case "url":
      return website();
    case "choice":
      return code(o);
    case "multiChoice":
      return locationCodes(field.maxItems);
    case "money":
    case "number": {
      const rules = {
        ...o,
        min: field.min,
        exclusive: field.exclusive,
        max: field.max,
        decimals: field.decimals,
        messages: field.messages,
        parse: field.kind === "number" && field.coordinate ? parseCoordinate : undefined,
      };
      return field.required ? numberField(rules) : optionalNumberField(rules);
    }
  }
}

const fieldSchemas = Object.fromEntries(FIELD_KEYS.map((key) => [key, schemasOf(templateField(key))])) as Record<
  FieldKey,
  Field<z.ZodType, z.ZodType>
>;

/** The fields of each data step, in form order (also what `trigger()` needs for one step). */
export const STEP_FIELDS = Object.fromEntries(TEMPLATE_STEPS.map((step) => [step.key, fieldsOfStep(step.key)])) as Record<
  StepKey,
  FieldKey[]
>;

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

const MAP_POINT_KEYS: readonly FieldKey[] = ["latitude", "longitude"];

/** The half of the map point left empty while the other is typed, if any (read from the raw input). */
function missingHalf(values: Record<string, unknown>): FieldKey | null {
  const [latitude, longitude] = MAP_POINT_KEYS.map((key) => readNumber(values[key]) !== "empty");
  if (latitude === longitude) return null;
  return latitude ? "longitude" : "latitude";
}

/**
 * The map point is given whole or not at all: a latitude without its longitude marks the empty one.
 * Zod skips an object's own checks once any field has failed, and on the way through the form the
 * later steps are still empty, so the rule runs beside the fields (an intersection) rather than after
 * them: it reads the raw input and adds nothing to the values (its failure aborts, so the intersection
 * never tries to merge the raw input into the values). A draft may hold half a point.
 */
function withWholeMapPoint(object: z.ZodType, keys: readonly FieldKey[]) {
  const rule = z
    .strictObject(Object.fromEntries(keys.map((key) => [key, z.unknown().optional()])), objectParams)
    .check(
      ...MAP_POINT_KEYS.map((key) =>
        z.refine((values: unknown) => missingHalf(values as Record<string, unknown>) !== key, {
          message: BOTH_OR_NEITHER,
          path: [key],
          abort: true,
        }),
      ),
    )
    .transform(() => ({}));
  return z.intersection(object, rule);
}

function objectOf(keys: readonly FieldKey[], mode: "submit" | "draft") {
  const object = z.strictObject(Object.fromEntries(keys.map((key) => [key, fieldSchemas[key][mode]])), objectParams);
  if (mode === "draft" || !MAP_POINT_KEYS.every((key) => keys.includes(key))) return object;
  return withWholeMapPoint(object, keys);
}

// The value types follow the table's kinds; the schemas built above produce exactly these.
type Fields = typeof TEMPLATE_FIELDS;
type IsNumber<F> = F extends { kind: "money" | "number" } ? true : false;
type InputOf<F> = F extends { kind: "multiChoice" }
  ? string[]
  : IsNumber<F> extends true
    ? string | number | (F extends { required: true } ? never : null)
    : string;
type OutputOf<F> = F extends { kind: "multiChoice" }
  ? string[]
  : IsNumber<F> extends true
    ? F extends { required: true }
      ? number
      : number | undefined
    : F extends { translationOf: string }
      ? string | null
      : string;
type RequiredKey = { [K in FieldKey]: Fields[K] extends { required: true } ? K : never }[FieldKey];

export type ProjectFormInput = { [K in RequiredKey]: InputOf<Fields[K]> } & {
  [K in Exclude<FieldKey, RequiredKey>]?: InputOf<Fields[K]>;
};
export type ProjectFormValues = { [K in FieldKey]: OutputOf<Fields[K]> };
export type ProjectDraftInput = { [K in FieldKey]?: InputOf<Fields[K]> | (IsNumber<Fields[K]> extends true ? null : never) };
export type ProjectDraftValues = {
  [K in FieldKey]?: OutputOf<Fields[K]> | (IsNumber<Fields[K]> extends true ? undefined : never);
};

type StepSchema = z.ZodType<Partial<ProjectFormValues>, Partial<ProjectFormInput>>;

/** The whole form (the last step, "Xem lại và gửi", and the submit action). */
export const projectFormSchema = objectOf(FIELD_KEYS, "submit") as unknown as z.ZodType<ProjectFormValues, ProjectFormInput>;

/** One schema per step; "review" validates the whole form. */
export const stepSchemas = {
  ...(Object.fromEntries(
    TEMPLATE_STEPS.map((step) => [step.key, objectOf(STEP_FIELDS[step.key], "submit")]),
  ) as unknown as Record<StepKey, StepSchema>),
  review: projectFormSchema,
} satisfies Record<ProjectFormStepKey, z.ZodType>;

/**
 * "Lưu nháp": every field may be missing or empty (text stays "", numbers become undefined), but
 * whatever is present is type-, length- and format-checked. Minimum lengths (name ≥ 5, objectives
 * ≥ 20) are completeness rules and apply only on submit. Strict like the rest.
 */
export const draftSchema = objectOf(FIELD_KEYS, "draft") as unknown as z.ZodType<ProjectDraftValues, ProjectDraftInput>;

/** Empty default values for `useForm({ defaultValues })`: every input controlled from the start. */
export const PROJECT_FORM_DEFAULTS = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, templateField(key).kind === "multiChoice" ? [] : ""]),
) as unknown as Required<ProjectFormInput>;
