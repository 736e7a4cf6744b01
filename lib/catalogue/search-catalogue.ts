import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, type CatalogueQuery, type CatalogueSort } from "./catalogue-query";
import { publishedProjectWhere, type ResolvedFilters } from "./published-where";
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

const ORDER_BY: Record<CatalogueSort, Prisma.ProjectOrderByWithRelationInput[]> = {
  newest: [{ publishedAt: "desc" }, { id: "asc" }],
  updated: [{ lastConfirmedAt: "desc" }, { id: "asc" }],
  "capital-desc": [{ capitalVnd: "desc" }, { id: "asc" }],
  "capital-asc": [{ capitalVnd: "asc" }, { id: "asc" }],
  name: [{ nameSort: "asc" }, { id: "asc" }],
};

function countsByCode(
  rows: { key: string | null; count: number }[],
  items: { id: string; code: string }[],
): FacetCounts {
  const codeById = new Map(items.map((item) => [item.id, item.code]));
  const counts: FacetCounts = {};
  for (const row of rows) {
    const code = row.key ? codeById.get(row.key) : undefined;
    if (code) counts[code] = row.count;
  }
  return counts;
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
  const where = publishedProjectWhere(filters);

  const [total, sectorRows, formRows, locationRows] = await Promise.all([
    db.project.count({ where }),
    db.project.groupBy({
      by: ["sectorId"],
      where: publishedProjectWhere(filters, "sector"),
      _count: { _all: true },
    }),
    db.project.groupBy({
      by: ["investmentFormId"],
      where: publishedProjectWhere(filters, "form"),
      _count: { _all: true },
    }),
    db.projectLocation.groupBy({
      by: ["locationId"],
      where: { project: publishedProjectWhere(filters, "location") },
      _count: { _all: true },
    }),
  ]);

  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested.page, pageCount);
  const items = await db.project.findMany({
    where,
    select: projectSummarySelect,
    orderBy: ORDER_BY[requested.sort],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });

  return {
    query: { ...requested, sector: sector?.code, location: location?.code, form: form?.code, page },
    items,
    total,
    page,
    pageCount,
    pageSize: PAGE_SIZE,
    facets: {
      sector: countsByCode(
        sectorRows.map((row) => ({ key: row.sectorId, count: row._count._all })),
        reference.sectors,
      ),
      form: countsByCode(
        formRows.map((row) => ({ key: row.investmentFormId, count: row._count._all })),
        reference.forms,
      ),
      location: countsByCode(
        locationRows.map((row) => ({ key: row.locationId, count: row._count._all })),
        reference.locations,
      ),
    },
    reference,
  };
});
