import { catalogueSearchParams, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";

export const OC4IDS_PATH = "/api/oc4ids";

/** A catalogue view's projects as an OC4IDS package; `download` asks for it as a file. */
export function oc4idsHref(query: Partial<CatalogueQuery>, { download = false } = {}): string {
  const params = catalogueSearchParams({ ...query, page: 1 });
  if (download) params.set("download", "1");
  const search = params.toString();
  return search ? `${OC4IDS_PATH}?${search}` : OC4IDS_PATH;
}
