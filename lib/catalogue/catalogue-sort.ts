// Kept apart from catalogue-query.ts (which parses with zod) so the catalogue's filter form can
// list the sort options without shipping zod to every visitor's browser.
export const SORT_OPTIONS = ["newest", "updated", "capital-desc", "capital-asc", "name"] as const;
export type CatalogueSort = (typeof SORT_OPTIONS)[number];
