import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchPhrase, searchTerms } from "@/lib/search/fold-vietnamese";
import { PAGE_SIZE, type CatalogueQuery, type CatalogueRequest, type FacetField, type QueryAdjustment } from "./catalogue-query";
import { cachedWhileUnchanged } from "./catalogue-cache";
import { findCatalogueMatches } from "./catalogue-search";
import { PUBLIC_PROJECT_WHERE, type ResolvedFilters } from "./published-where";
import { findByCode, getReferenceData, type ReferenceData, type ReferenceItem } from "./reference-data";

export const projectSummarySelect = {
  id: true,
  slug: true,
  name: true,
  objectives: true,
  // The unit's English versions, or null: the English catalogue falls back to the Vietnamese.
  nameEn: true,
  summaryEn: true,
  capitalVnd: true,
  capitalUsd: true,
  durationYears: true,
  areaHa: true,
  latitude: true,
  longitude: true,
  publishedAt: true,
  lastConfirmedAt: true,
  unitName: true,
  sector: { select: { code: true, name: true, nameEn: true } },
  investmentForm: { select: { code: true, name: true, nameEn: true } },
  locations: { select: { location: { select: { code: true, name: true, sortOrder: true } } } },
} satisfies Prisma.ProjectSelect;

export type ProjectSummary = Prisma.ProjectGetPayload<{ select: typeof projectSummarySelect }>;

export type FacetCounts = Record<string, number>;

/** Deeper pages are not served: 100,000 projects at 20 a page. */
const MAX_PAGE = 5_000;

export interface CatalogueResult {
  /** The query as applied: unknown codes dropped, page clamped to the last page. */
  query: CatalogueQuery;
  /** What the request asked for that was ignored or changed, in the order it was noticed. */
  adjustments: QueryAdjustment[];
  items: ProjectSummary[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  facets: { sector: FacetCounts; location: FacetCounts; form: FacetCounts };
  reference: ReferenceData;
}

function countsByCode(counts: Map<string, number>, items: { id: string; code: string }[]): FacetCounts {
  const result: FacetCounts = {};
  for (const item of items) {
    const count = counts.get(item.id);
    if (count) result[item.code] = count;
  }
  return result;
}

/** The request's codes resolved to the active reference rows; an unknown code is dropped and noted. */
export function resolveCatalogueFilters(requested: CatalogueRequest, reference: ReferenceData) {
  const adjustments = [...requested.adjustments];
  const resolve = (field: FacetField, items: ReferenceItem[]) => {
    const item = findByCode(items, requested[field]);
    if (requested[field] !== undefined && !item) adjustments.push({ kind: "unknown-code", field, input: requested[field] });
    return item;
  };
  const sector = resolve("sector", reference.sectors);
  const location = resolve("location", reference.locations);
  const form = resolve("form", reference.forms);
  const filters: ResolvedFilters = {
    q: requested.q,
    sectorId: sector?.id,
    locationId: location?.id,
    formId: form?.id,
    minCapital: requested.minCapital,
    maxCapital: requested.maxCapital,
  };
  const codes = { sector: sector?.code, location: location?.code, form: form?.code };
  return { filters, codes, adjustments };
}

/** One page of published projects for the catalogue and the API, with per-option counts. */
export const searchCatalogue = cache(async (requested: CatalogueRequest): Promise<CatalogueResult> => {
  const reference = await getReferenceData();
  const { filters, codes, adjustments } = resolveCatalogueFilters(requested, reference);
  // Keyed by the folded words, so "Đường", "duong" and "duong !" share one entry; the ranking also
  // reads their order.
  const keyword = requested.sort === "relevance" ? [searchTerms(filters.q), searchPhrase(filters.q)] : searchTerms(filters.q);
  // The matches and the page's rows are remembered together while no project changes
  // (catalogue-cache.ts); reference data is read fresh, so facet labels follow an admin's edits.
  const pageFor = (page: number) =>
    cachedWhileUnchanged(`catalogue:${JSON.stringify([{ ...filters, q: keyword }, requested.sort, page])}`, async () => {
      const matches = await findCatalogueMatches(filters, requested.sort, page, PAGE_SIZE);
      const rows = await db.project.findMany({
        where: { AND: [PUBLIC_PROJECT_WHERE, { id: { in: matches.pageIds } }] },
        select: projectSummarySelect,
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { matches, items: matches.pageIds.flatMap((id) => byId.get(id) ?? []) };
    });
  const first = Math.min(requested.page, MAX_PAGE);
  let { matches, items } = await pageFor(first);
  const pageCount = Math.min(MAX_PAGE, Math.max(1, Math.ceil(matches.total / PAGE_SIZE)));
  const page = Math.min(first, pageCount);
  // A page past the end (an old bookmark) shows the last page instead, and says so.
  if (page !== first) ({ matches, items } = await pageFor(page));
  if (page !== requested.page) adjustments.push({ kind: "page-past-end", requested: requested.page, pageCount });

  return {
    query: {
      q: requested.q,
      ...codes,
      minCapital: requested.minCapital,
      maxCapital: requested.maxCapital,
      sort: requested.sort,
      page,
      view: requested.view,
    },
    adjustments,
    items,
    total: matches.total,
    page,
    pageCount,
    pageSize: PAGE_SIZE,
    facets: {
      sector: countsByCode(matches.facets.sector, reference.sectors),
      form: countsByCode(matches.facets.form, reference.forms),
      location: countsByCode(matches.facets.location, reference.locations),
    },
    reference,
  };
});
