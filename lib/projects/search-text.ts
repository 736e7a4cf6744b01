import type { Prisma } from "@/lib/generated/prisma/client";
import { foldVietnamese } from "@/lib/search/fold-vietnamese";

/**
 * Which recipe wrote a project's search columns. Change it whenever projectSearchFields writes
 * something else: on start-up, scripts/db/refresh-search-fields.ts recomputes every project written
 * by another recipe, so existing rows follow without a hand-made data migration.
 * 1: name, sector, locations, location text and objectives (no version column yet: stored as 0).
 * 2: also the investment form, the proposing unit and the legal basis; folded objectives for ranking.
 * 3: also the unit's English name, so an investor's English words find the project too.
 */
export const SEARCH_FIELDS_VERSION = 3;

export interface SearchableProject {
  name: string;
  nameEn?: string | null;
  objectives: string;
  locationText: string;
  legalBasis: string;
  unitName: string;
  sectorName?: string | null;
  investmentFormName?: string | null;
  locationNames?: string[];
}

/** The stored columns keyword search and its ranking read (lib/catalogue/catalogue-search.ts). */
export interface SearchFields {
  /** Every searchable text, folded: a keyword must occur here. */
  searchText: string;
  /** The name folded: sorts by name, and ranks a keyword found in the name first. */
  nameSort: string;
  /** The objectives folded: a keyword found there ranks next. */
  objectivesSearch: string;
  searchVersion: number;
}

/**
 * The one recipe for a project's search columns; the app, the seed, the test fixtures and the
 * benchmark all write them through it. Folding once at write time keeps search identical on every
 * database and lets it use plain substring matches instead of collation tricks that differ between
 * SQLite and PostgreSQL.
 */
export function projectSearchFields(project: SearchableProject): SearchFields {
  const searchable = [
    project.name,
    project.nameEn ?? "",
    project.investmentFormName ?? "",
    project.sectorName ?? "",
    ...(project.locationNames ?? []),
    project.locationText,
    project.unitName,
    project.legalBasis,
    project.objectives,
  ];
  return {
    searchText: foldVietnamese(searchable.join(" ")),
    nameSort: foldVietnamese(project.name),
    objectivesSearch: foldVietnamese(project.objectives),
    searchVersion: SEARCH_FIELDS_VERSION,
  };
}

/** What projectSearchFields needs from a stored project. */
export const searchableProjectSelect = {
  name: true,
  nameEn: true,
  objectives: true,
  locationText: true,
  legalBasis: true,
  unitName: true,
  sector: { select: { name: true } },
  investmentForm: { select: { name: true } },
  locations: { select: { location: { select: { name: true } } } },
} satisfies Prisma.ProjectSelect;

export function storedProjectSearchFields(
  row: Prisma.ProjectGetPayload<{ select: typeof searchableProjectSelect }>,
): SearchFields {
  return projectSearchFields({
    ...row,
    sectorName: row.sector?.name,
    investmentFormName: row.investmentForm?.name,
    locationNames: row.locations.map(({ location }) => location.name),
  });
}
