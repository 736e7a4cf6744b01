import { foldVietnamese } from "@/lib/search/fold-vietnamese";

export interface SearchableProject {
  name: string;
  objectives: string;
  locationText: string;
  sectorName?: string | null;
  locationNames?: string[];
}

/**
 * The folded text that keyword search matches against, stored on the project when it is saved.
 * Folding once at write time keeps search identical on every database and lets it use a plain
 * `contains` instead of collation tricks that differ between SQLite and PostgreSQL.
 */
export function projectSearchText(project: SearchableProject): string {
  return foldVietnamese(
    [project.name, project.sectorName ?? "", ...(project.locationNames ?? []), project.locationText, project.objectives].join(" "),
  );
}

export function projectNameSortKey(name: string): string {
  return foldVietnamese(name);
}
