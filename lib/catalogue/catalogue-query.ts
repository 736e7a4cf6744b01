import { formatVietnameseNumber, parseEnglishNumber, parseVietnameseNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { CODE_PATTERN } from "@/lib/validation/code-pattern";
import { SORT_OPTIONS, defaultSort, type CatalogueSort } from "./catalogue-sort";

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
/** 10 million tỷ đồng: far above any project, low enough to stay exact in VND as a BigInt. */
export const MAX_CAPITAL_TY = 10_000_000;

/** What the catalogue shows, read from the URL (`/projects`, `/api/projects`). */
export interface CatalogueQuery {
  q: string;
  sector?: string;
  location?: string;
  form?: string;
  /** tỷ đồng */
  minCapital?: number;
  /** tỷ đồng */
  maxCapital?: number;
  sort: CatalogueSort;
  page: number;
  /** "map": the same results on a map as well as in the list (`view=map`); the list is the default. */
  view?: CatalogueView;
}

export const CATALOGUE_VIEWS = ["list", "map"] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

export type CapitalField = "minCapital" | "maxCapital";
export type FacetField = "sector" | "location" | "form";

/**
 * Something the URL asked for that the catalogue could not use as given. The page tells the visitor
 * about each one (a bookmark, a hand-edited address or a typing slip should never be dropped in
 * silence), and /api/projects returns them as they are.
 */
export type QueryAdjustment =
  | { kind: "capital-unreadable"; field: CapitalField; input: string }
  | { kind: "capital-out-of-range"; field: CapitalField; input: string }
  | { kind: "capital-swapped" }
  | { kind: "unknown-code"; field: FacetField; input: string }
  | { kind: "unknown-sort"; input: string }
  | { kind: "page-unreadable"; input: string }
  | { kind: "page-past-end"; requested: number; pageCount: number }
  | { kind: "keyword-shortened"; maxLength: number };

/** A query as the URL gives it, with what had to be ignored or changed to read it. */
export interface CatalogueRequest extends CatalogueQuery {
  adjustments: QueryAdjustment[];
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(value: string | string[] | null | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

const isCode = (value: string) => value.length <= 64 && CODE_PATTERN.test(value);
/** Longer than any real page number or amount: what is shown back to the visitor is cut to this. */
const MAX_ECHO_LENGTH = 40;

const echo = (text: string) => (text.length > MAX_ECHO_LENGTH ? `${text.slice(0, MAX_ECHO_LENGTH)}…` : text);

/**
 * Reads the URL's parameters one by one. Nothing in it is an error: what cannot be used falls back
 * to "not set" (or the first page, or the default order) and is listed in `adjustments`, so a bad
 * bookmark still shows the catalogue and says what it left out.
 */
export function parseCatalogueQuery(params: RawParams, locale: Locale = "vi"): CatalogueRequest {
  const get = (key: string) => {
    const raw = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params[key]);
    return raw === undefined ? undefined : removeUnseenCharacters(raw).trim() || undefined;
  };
  const adjustments: QueryAdjustment[] = [];

  const folded = (get("q") ?? "").replace(/\s+/g, " ");
  if (folded.length > MAX_QUERY_LENGTH) adjustments.push({ kind: "keyword-shortened", maxLength: MAX_QUERY_LENGTH });
  const q = folded.slice(0, MAX_QUERY_LENGTH).trim();

  const codes: Partial<Record<FacetField, string>> = {};
  for (const field of ["sector", "location", "form"] as const) {
    const value = get(field);
    if (value === undefined) continue;
    if (isCode(value)) codes[field] = value;
    else adjustments.push({ kind: "unknown-code", field, input: echo(value) });
  }

  const capital = (field: CapitalField): number | undefined => {
    const input = get(field);
    if (input === undefined) return undefined;
    // The English catalogue's visitor writes "1,000" for one thousand.
    const value = locale === "en" ? parseEnglishNumber(input) : parseVietnameseNumber(input);
    if (value === null) adjustments.push({ kind: "capital-unreadable", field, input: echo(input) });
    else if (value < 0 || value > MAX_CAPITAL_TY) adjustments.push({ kind: "capital-out-of-range", field, input: echo(input) });
    else return value;
    return undefined;
  };
  let minCapital = capital("minCapital");
  let maxCapital = capital("maxCapital");
  if (minCapital !== undefined && maxCapital !== undefined && minCapital > maxCapital) {
    [minCapital, maxCapital] = [maxCapital, minCapital];
    adjustments.push({ kind: "capital-swapped" });
  }

  const sortInput = get("sort");
  let sort = SORT_OPTIONS.find((option) => option === sortInput);
  if (sortInput !== undefined && sort === undefined) adjustments.push({ kind: "unknown-sort", input: echo(sortInput) });
  sort ??= defaultSort(q);

  const pageInput = get("page");
  let page = 1;
  if (pageInput !== undefined) {
    const requested = /^\d+$/.test(pageInput) ? Number(pageInput) : Number.NaN;
    if (Number.isSafeInteger(requested) && requested >= 1) page = requested;
    else adjustments.push({ kind: "page-unreadable", input: echo(pageInput) });
  }

  // Anything but "map" is the list: a view changes how the page shows the results, never which
  // (the API and the exports have no views).
  const view = get("view") === "map" ? { view: "map" as const } : {};

  return { q, ...codes, minCapital, maxCapital, sort, page, ...view, adjustments };
}

/**
 * The URL query string for a catalogue view; defaults are left out so links stay short. Amounts are
 * written the vi-VN way ("1.000", "1,5"), the way the parser and the visitor read them.
 */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sector) params.set("sector", query.sector);
  if (query.location) params.set("location", query.location);
  if (query.form) params.set("form", query.form);
  if (query.minCapital !== undefined) params.set("minCapital", formatVietnameseNumber(query.minCapital));
  if (query.maxCapital !== undefined) params.set("maxCapital", formatVietnameseNumber(query.maxCapital));
  if (query.sort && query.sort !== defaultSort(query.q ?? "")) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.view === "map") params.set("view", "map");
  return params;
}

export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const search = catalogueSearchParams(query).toString();
  return search ? `/projects?${search}` : "/projects";
}

/** The same view's projects as a file: every page, in the view's order (lib/exports/). */
export function catalogueExportHref(query: Partial<CatalogueQuery>, format: string): string {
  const params = catalogueSearchParams({ ...query, page: 1, view: undefined });
  params.set("format", format);
  return `/api/projects/export?${params.toString()}`;
}

export function hasFilters(query: CatalogueQuery): boolean {
  return Boolean(
    query.q || query.sector || query.location || query.form || query.minCapital !== undefined || query.maxCapital !== undefined,
  );
}
