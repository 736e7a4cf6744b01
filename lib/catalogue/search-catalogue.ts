import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms } from "@/lib/search/fold-vietnamese";
import { PAGE_SIZE, type CatalogueQuery } from "./catalogue-query";
import { cachedWhileUnchanged } from "./catalogue-cache";
import { findCatalogueMatches } from "./catalogue-search";
import { PUBLIC_PROJECT_WHERE, type ResolvedFilters } from "./published-where";
import { findByCode, getReferenceData, type ReferenceData } from "./reference-data";

export const projectSummarySelect = {
  id: true,
  slug: true,
  name: true,
  objectives: true,
  capitalVnd: true,
  capitalUsd: true,
  durationYears: true,
  areaHa: true,
  publishedAt: true,
  lastConfirmedAt: true,
  unitName: true,
  sector: { select: { code: true, name: true } },
  investmentForm: { select: { code: true, name: true } },
  locations: { select: { location: { select: { code: true, name: true, sortOrder: true } } } },
} satisfies Prisma.ProjectSelect;

export type ProjectSummary = Prisma.ProjectGetPayload<{ select: typeof projectSummarySelect }>;

export type FacetCounts = Record<string, number>;

export interface CatalogueResult {
  /** The query as applied: unknown codes dropped, page clamped to the last page. */
  query: CatalogueQuery;
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

/** One page of published projects for the catalogue and the API, with per-option counts. */
export const searchCatalogue = cache(async (requested: CatalogueQuery): Promise<CatalogueResult> => {
  const reference = await getReferenceData();
  const sector = findByCode(reference.sectors, requested.sector);
  const location = findByCode(reference.locations, requested.location);
  const form = findByCode(reference.forms, requested.form);
  const filters: ResolvedFilters = {
    q: requested.q,
    sectorId: sector?.id,
    locationId: location?.id,
    formId: form?.id,
    minCapital: requested.minCapital,
    maxCapital: requested.maxCapital,
  };
  // The matches and the page's rows are remembered together while no project changes
  // (catalogue-cache.ts); reference data is read fresh, so facet labels follow an admin's edits.
  const pageFor = (page: number) =>
    // Keyed by the folded words, so "Đường", "duong" and "duong !" share one entry.
    cachedWhileUnchanged(`catalogue:${JSON.stringify([{ ...filters, q: searchTerms(filters.q) }, requested.sort, page])}`, async () => {
      const matches = await findCatalogueMatches(filters, requested.sort, page, PAGE_SIZE);
      const rows = await db.project.findMany({
        where: { AND: [PUBLIC_PROJECT_WHERE, { id: { in: matches.pageIds } }] },
        select: projectSummarySelect,
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { matches, items: matches.pageIds.flatMap((id) => byId.get(id) ?? []) };
    });
  let { matches, items } = await pageFor(requested.page);
  const pageCount = Math.max(1, Math.ceil(matches.total / PAGE_SIZE));
  const page = Math.min(requested.page, pageCount);
  // A page past the end (an old bookmark) shows the last page instead.
  if (page !== requested.page) ({ matches, items } = await pageFor(page));

  return {
    query: { ...requested, sector: sector?.code, location: location?.code, form: form?.code, page },
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
