import { vndToTy, usdToUsdMillion } from "@/lib/format/money";
import { templateField, type FieldKey } from "@/lib/template/fields";
import type { ProjectSummary } from "./search-catalogue";

/** The template's fields a catalogue item carries in the API, under the table's own names. */
export const SUMMARY_FIELDS = [
  "name",
  "nameEn",
  "objectives",
  "summaryEn",
  "capitalTy",
  "capitalUsdMillion",
  "areaHa",
  "durationYears",
  "latitude",
  "longitude",
  "unitName",
] as const satisfies readonly FieldKey[];

/** A stored value as plain JSON, in the unit the template enters it in (tỷ đồng, million USD). */
function apiValue(key: FieldKey, project: ProjectSummary): string | number | null {
  const field = templateField(key);
  if (field.kind === "choice" || field.kind === "multiChoice") return null;
  const stored = (project as unknown as Record<string, unknown>)[field.column];
  if (field.kind === "money") {
    if (typeof stored !== "bigint") return null;
    return field.currency === "VND" ? vndToTy(stored) : usdToUsdMillion(stored);
  }
  return (stored as string | number | null) ?? null;
}

/**
 * The API's shape of a project: the template's fields under the names the table gives them (so the
 * form, the API and the exports agree), the reference lists as code and name, capital also in exact
 * VND, and ISO dates.
 */
export function toPublicProjectJson(project: ProjectSummary, origin: string) {
  return {
    slug: project.slug,
    url: `${origin}/projects/${project.slug}`,
    ...Object.fromEntries(SUMMARY_FIELDS.map((key) => [key, apiValue(key, project)])),
    sector: project.sector,
    investmentForm: project.investmentForm,
    locations: project.locations.map(({ location }) => ({ code: location.code, name: location.name })),
    capitalVnd: project.capitalVnd?.toString() ?? null,
    publishedAt: project.publishedAt?.toISOString() ?? null,
    lastConfirmedAt: project.lastConfirmedAt?.toISOString() ?? null,
  };
}
