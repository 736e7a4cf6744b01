// Kept apart from the parser so the catalogue's filter form can list the sort options without
// shipping the parsing code to every visitor's browser.
export const SORT_OPTIONS = ["relevance", "newest", "updated", "capital-desc", "capital-asc", "name"] as const;
export type CatalogueSort = (typeof SORT_OPTIONS)[number];

export const SORT_LABELS: Record<CatalogueSort, string> = {
  relevance: "Phù hợp nhất",
  newest: "Mới công bố",
  updated: "Mới xác nhận, cập nhật",
  "capital-desc": "Vốn đầu tư giảm dần",
  "capital-asc": "Vốn đầu tư tăng dần",
  name: "Tên dự án (A–Z)",
};

/**
 * The order when the URL names none: with a keyword the best matches first, without one the newest.
 * Links leave the default out, so a sort follows the keyword until the visitor picks one.
 * ("relevance" without a keyword ranks every project alike, which leaves them newest first.)
 */
export function defaultSort(q: string): CatalogueSort {
  return q === "" ? "newest" : "relevance";
}
