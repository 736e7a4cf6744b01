import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The only rows the public may ever see. Every public reader starts from this, so a query that
 * forgets a filter shows fewer projects, never a draft. The catalogue's search states the same rule
 * in SQL (catalogue-search.ts); its tests hold the two together.
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
