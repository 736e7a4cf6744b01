import { catalogueSearchParams, parseCatalogueQuery, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { tyToVnd } from "@/lib/format/money";
import { searchTerms } from "@/lib/search/fold-vietnamese";

// What an alert watches: the catalogue's filters, nothing else (no order, no page). Kept free of
// "server-only" and of the database: the digest script, the form and the unit tests all use it.

/** The catalogue filters a subscription saves. */
export type AlertFilters = Pick<CatalogueQuery, "q" | "sector" | "location" | "form" | "minCapital" | "maxCapital">;

/** The filters of a catalogue view, as the catalogue's own parser reads them (unusable values left out). */
export function alertFiltersOf(params: URLSearchParams | Record<string, string | string[] | undefined>): AlertFilters {
  const { q, sector, location, form, minCapital, maxCapital } = parseCatalogueQuery(params);
  return { q, sector, location, form, minCapital, maxCapital };
}

/** The filters written the way the catalogue writes its URLs ("sector=du-lich&maxCapital=1.000"); "" for everything. */
export function alertQueryString(filters: AlertFilters): string {
  return catalogueSearchParams(filters).toString();
}

/** A stored subscription's filters, read back through the same parser. */
export function parseAlertQuery(query: string): AlertFilters {
  return alertFiltersOf(new URLSearchParams(query));
}

/** What the digest knows of a published project to decide whether a subscription wants it. */
export interface AlertCandidate {
  /** The folded search text the catalogue's keyword search reads (lib/projects/search-text.ts). */
  searchText: string;
  sectorCode: string | null;
  formCode: string | null;
  locationCodes: string[];
  capitalVnd: bigint | null;
}

/**
 * Whether a published project matches saved filters, by the catalogue's own rules
 * (lib/catalogue/catalogue-search.ts): every folded keyword word occurs in the search text; the
 * sector, the investment form and one of the locations are the ones chosen; the capital lies in the
 * range (a project without a capital figure matches no range).
 */
export function matchesAlert(filters: AlertFilters, project: AlertCandidate): boolean {
  if (!searchTerms(filters.q).every((term) => project.searchText.includes(term))) return false;
  if (filters.sector !== undefined && project.sectorCode !== filters.sector) return false;
  if (filters.form !== undefined && project.formCode !== filters.form) return false;
  if (filters.location !== undefined && !project.locationCodes.includes(filters.location)) return false;
  if (filters.minCapital !== undefined && (project.capitalVnd === null || project.capitalVnd < tyToVnd(filters.minCapital))) {
    return false;
  }
  if (filters.maxCapital !== undefined && (project.capitalVnd === null || project.capitalVnd > tyToVnd(filters.maxCapital))) {
    return false;
  }
  return true;
}

/** Names of the codes a subscription uses, as the reference lists hold them now. */
export interface AlertFilterNames {
  sector?: string;
  location?: string;
  form?: string;
}

/** The filters in words, one per line, for the form and the mails: "Ngành: Du lịch". Empty for "every project". */
export function describeAlertFilters(filters: AlertFilters, names: AlertFilterNames = {}): string[] {
  const amount = (ty: number) => `${ty.toLocaleString("vi-VN", { maximumFractionDigits: 3 })} tỷ đồng`;
  const lines: string[] = [];
  if (filters.q) lines.push(`Từ khóa: “${filters.q}”`);
  if (filters.sector) lines.push(`Ngành: ${names.sector ?? filters.sector}`);
  if (filters.location) lines.push(`Địa bàn: ${names.location ?? filters.location}`);
  if (filters.form) lines.push(`Hình thức đầu tư: ${names.form ?? filters.form}`);
  if (filters.minCapital !== undefined && filters.maxCapital !== undefined) {
    lines.push(`Vốn đầu tư: từ ${amount(filters.minCapital)} đến ${amount(filters.maxCapital)}`);
  } else if (filters.minCapital !== undefined) lines.push(`Vốn đầu tư: từ ${amount(filters.minCapital)}`);
  else if (filters.maxCapital !== undefined) lines.push(`Vốn đầu tư: đến ${amount(filters.maxCapital)}`);
  return lines;
}
