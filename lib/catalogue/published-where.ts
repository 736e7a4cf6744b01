import type { Prisma } from "@/lib/generated/prisma/client";
import { tyToVnd } from "@/lib/format/money";
import { searchTerms } from "@/lib/search/fold-vietnamese";

/**
 * The only rows the public may ever see. Every public reader starts from this, so a query that
 * forgets a filter shows fewer projects, never a draft.
 */
export const PUBLIC_PROJECT_WHERE = { status: "PUBLISHED", slug: { not: null } } satisfies Prisma.ProjectWhereInput;

/** Catalogue filters with codes already resolved to ids (unknown codes dropped). */
export interface ResolvedFilters {
  q: string;
  sectorId?: string;
  locationId?: string;
  formId?: string;
  minCapital?: number;
  maxCapital?: number;
}

export type FacetName = "sector" | "location" | "form";

/** `where` for published projects matching the filters; `omit` leaves one facet out for its counts. */
export function publishedProjectWhere(filters: ResolvedFilters, omit?: FacetName): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [PUBLIC_PROJECT_WHERE];

  for (const term of searchTerms(filters.q)) {
    and.push({ searchText: { contains: term } });
  }
  if (filters.sectorId && omit !== "sector") and.push({ sectorId: filters.sectorId });
  if (filters.formId && omit !== "form") and.push({ investmentFormId: filters.formId });
  if (filters.locationId && omit !== "location") {
    and.push({ locations: { some: { locationId: filters.locationId } } });
  }
  if (filters.minCapital !== undefined) and.push({ capitalVnd: { gte: tyToVnd(filters.minCapital) } });
  if (filters.maxCapital !== undefined) and.push({ capitalVnd: { lte: tyToVnd(filters.maxCapital) } });

  return { AND: and };
}
