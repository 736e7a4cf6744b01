import "server-only";
import { cachedWhileUnchanged } from "@/lib/catalogue/catalogue-cache";
import type { CatalogueRequest } from "@/lib/catalogue/catalogue-query";
import { findAllCatalogueIds } from "@/lib/catalogue/catalogue-search";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { resolveCatalogueFilters } from "@/lib/catalogue/search-catalogue";
import { db } from "@/lib/db/client";
import { searchTerms } from "@/lib/search/fold-vietnamese";
import type { MapProject } from "./map-project";

/** More pins than a browser draws comfortably, even clustered; the page says when some are left out. */
export const MAX_MAP_PROJECTS = 5_000;

export interface CatalogueMap {
  /** The matches that have a map point, in the catalogue's order (at most MAX_MAP_PROJECTS). */
  projects: MapProject[];
  /** Every match with a map point, shown or not. */
  located: number;
}

/**
 * The catalogue view's projects for its map: the same filters as the list, every page, only those
 * with a map point. The matches come from the catalogue's own search; the points are read through
 * the public rule, so nothing unpublished can reach the map.
 */
export async function catalogueMapProjects(requested: CatalogueRequest): Promise<CatalogueMap> {
  const { filters } = resolveCatalogueFilters(requested, await getReferenceData());
  const key = `catalogue-map:${JSON.stringify({ ...filters, q: searchTerms(filters.q) })}`;
  return cachedWhileUnchanged(key, async () => {
    const ids = await findAllCatalogueIds(filters, "newest");
    const order = new Map(ids.map((id, index) => [id, index]));
    // Located projects are few beside all matches: read them once and keep the matching ones,
    // rather than an `IN` list as long as the catalogue.
    const rows = await db.project.findMany({
      where: { AND: [PUBLIC_PROJECT_WHERE, { latitude: { not: null } }, { longitude: { not: null } }] },
      select: { id: true, slug: true, name: true, latitude: true, longitude: true },
    });
    const located = rows
      .filter((row) => order.has(row.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((row) => ({ slug: row.slug!, name: row.name, latitude: row.latitude!, longitude: row.longitude! }));
    return { projects: located.slice(0, MAX_MAP_PROJECTS), located: located.length };
  });
}
