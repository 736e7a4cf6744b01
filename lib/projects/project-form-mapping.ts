import type { Prisma } from "@/lib/generated/prisma/client";
import { tyToVnd, usdMillionToUsd, usdToUsdMillion, vndToTy } from "@/lib/format/money";
import { formatVietnameseNumber } from "@/lib/format/number";
import { FIELD_KEYS, templateField, type FieldKey, type TemplateFieldOf } from "@/lib/template/fields";
import { PROJECT_FORM_DEFAULTS, type ProjectDraftValues, type ProjectFormInput } from "./project-form-schema";

// Between the form's values and the Project row, field by field as the template table says: text
// goes to its column as it is, money is converted (tỷ đồng ↔ whole VND, million USD ↔ whole USD),
// a choice's code becomes its reference row's id, and the locations are rows of their own.

type ColumnOf<Kind> = {
  [K in FieldKey]: TemplateFieldOf<K> extends { kind: Kind; column: infer C extends string } ? C : never;
}[FieldKey];
type TranslationColumn = {
  [K in FieldKey]: TemplateFieldOf<K> extends { translationOf: string; column: infer C extends string } ? C : never;
}[FieldKey];
type TextColumn = Exclude<ColumnOf<"text" | "longText" | "email" | "url" | "phone">, TranslationColumn>;
type NumberColumn = ColumnOf<"number">;
type MoneyColumn = ColumnOf<"money">;

/** The relation a choice's id column belongs to, whose code the form holds. */
const CHOICE_RELATION = { sectorId: "sector", investmentFormId: "investmentForm" } as const;

export interface ResolvedChoices {
  sectorId?: string | null;
  investmentFormId?: string | null;
}

/**
 * Form values to Project columns, one field of the table at a time: nothing the client sends reaches
 * a server-owned column (status, organisation, version, slug). Codes are resolved by the caller and
 * locations written by it. A key absent from a draft leaves its column alone; present-but-empty
 * clears it.
 */
export function formValuesToColumns(values: ProjectDraftValues, resolved: ResolvedChoices): Prisma.ProjectUncheckedUpdateInput {
  const data: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    if (!(key in values)) continue;
    const field = templateField(key);
    const value = (values as Record<string, unknown>)[key];
    switch (field.kind) {
      case "multiChoice":
        break;
      case "choice":
        data[field.column] = resolved[field.column] ?? null;
        break;
      case "money":
        data[field.column] =
          typeof value === "number" ? (field.currency === "VND" ? tyToVnd(value) : usdMillionToUsd(value)) : null;
        break;
      case "number":
        data[field.column] = typeof value === "number" ? value : null;
        break;
      default:
        // The seed and the fixtures write here without the form's schema, so "" → NULL is kept here too.
        if (field.translationOf !== undefined) data[field.column] = typeof value === "string" && value !== "" ? value : null;
        else if (typeof value === "string") data[field.column] = value;
    }
  }
  return data as Prisma.ProjectUncheckedUpdateInput;
}

export type ProjectFormRow = { [C in TextColumn]: string } & { [C in TranslationColumn]: string | null } & {
  [C in NumberColumn]: number | null;
} & {
  [C in MoneyColumn]: bigint | null;
} & {
  sector: { code: string } | null;
  investmentForm: { code: string } | null;
  locations: { location: { code: string } }[];
};

/** A stored project back into the form's input shape (numbers written the vi-VN way). */
export function columnsToFormValues(row: ProjectFormRow): ProjectFormInput {
  const values: Record<string, unknown> = { ...PROJECT_FORM_DEFAULTS };
  const stored = row as unknown as Record<string, unknown>;
  for (const key of FIELD_KEYS) {
    const field = templateField(key);
    switch (field.kind) {
      case "multiChoice":
        values[key] = row.locations.map(({ location }) => location.code);
        break;
      case "choice":
        values[key] = row[CHOICE_RELATION[field.column]]?.code ?? "";
        break;
      case "money": {
        const amount = stored[field.column] as bigint | null;
        values[key] =
          amount === null ? "" : formatVietnameseNumber(field.currency === "VND" ? vndToTy(amount) : usdToUsdMillion(amount));
        break;
      }
      case "number": {
        const amount = stored[field.column] as number | null;
        values[key] = amount === null ? "" : formatVietnameseNumber(amount);
        break;
      }
      default:
        values[key] = stored[field.column] ?? "";
    }
  }
  return values as unknown as ProjectFormInput;
}

type ScalarColumn = TextColumn | TranslationColumn | NumberColumn | MoneyColumn;

/** Every column of the template that holds a value itself (not a reference). */
export const templateColumnsSelect = Object.fromEntries(
  FIELD_KEYS.flatMap((key) => {
    const field = templateField(key);
    return field.kind === "choice" || field.kind === "multiChoice" ? [] : [[field.column, true]];
  }),
) as { [C in ScalarColumn]: true };

/** The columns columnsToFormValues reads (with the reference rows' names, for displays beside the form). */
export const projectFormRowSelect = {
  ...templateColumnsSelect,
  sector: { select: { code: true, name: true } },
  investmentForm: { select: { code: true, name: true } },
  locations: { select: { location: { select: { code: true, name: true } } } },
} satisfies Prisma.ProjectSelect;
