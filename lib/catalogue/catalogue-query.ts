import { z } from "zod";
import { SORT_OPTIONS, type CatalogueSort } from "./catalogue-sort";

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 5_000;
/** 10 million tỷ đồng: far above any project, low enough to stay exact in VND as a BigInt. */
const MAX_CAPITAL_TY = 10_000_000;

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
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(value: string | string[] | null | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

// Each parameter is parsed on its own and falls back to "not set" when it is malformed:
// a bad bookmark or a hand-edited URL still shows the catalogue instead of an error.
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,64}$/);
const capital = z.coerce.number().finite().min(0).max(MAX_CAPITAL_TY);

function parseOptional<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function parseCatalogueQuery(params: RawParams): CatalogueQuery {
  const get = (key: string) =>
    params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params[key]);

  const q = (get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const sortValue = get("sort");
  const sort = SORT_OPTIONS.find((option) => option === sortValue) ?? "newest";
  const pageNumber = Math.trunc(Number(get("page")));
  const page = Number.isFinite(pageNumber) ? Math.min(Math.max(pageNumber, 1), MAX_PAGE) : 1;

  let minCapital = parseOptional(capital, get("minCapital"));
  let maxCapital = parseOptional(capital, get("maxCapital"));
  if (minCapital !== undefined && maxCapital !== undefined && minCapital > maxCapital) {
    [minCapital, maxCapital] = [maxCapital, minCapital];
  }

  return {
    q,
    sector: parseOptional(code, get("sector")),
    location: parseOptional(code, get("location")),
    form: parseOptional(code, get("form")),
    minCapital,
    maxCapital,
    sort,
    page,
  };
}

/** The URL query string for a catalogue view; defaults are left out so links stay short. */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sector) params.set("sector", query.sector);
  if (query.location) params.set("location", query.location);
  if (query.form) params.set("form", query.form);
  if (query.minCapital !== undefined) params.set("minCapital", String(query.minCapital));
  if (query.maxCapital !== undefined) params.set("maxCapital", String(query.maxCapital));
  if (query.sort && query.sort !== "newest") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}

export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const search = catalogueSearchParams(query).toString();
  return search ? `/projects?${search}` : "/projects";
}

export function hasFilters(query: CatalogueQuery): boolean {
  return Boolean(
    query.q ||
      query.sector ||
      query.location ||
      query.form ||
      query.minCapital !== undefined ||
      query.maxCapital !== undefined,
  );
}
