import { alertQueryString } from "@/lib/alerts/alert-filters";
import type { CatalogueQuery } from "@/lib/catalogue/catalogue-query";

export type FeedFormat = "atom" | "rss";

const FEED_PATHS: Record<FeedFormat, string> = { atom: "/projects/feed.xml", rss: "/projects/rss.xml" };

/** The feed of a catalogue view: the same filters, as the catalogue writes them (order and page do not apply). */
export function catalogueFeedHref(query: Partial<CatalogueQuery>, format: FeedFormat): string {
  const search = alertQueryString({
    q: query.q ?? "",
    sector: query.sector,
    location: query.location,
    form: query.form,
    minCapital: query.minCapital,
    maxCapital: query.maxCapital,
  });
  return search ? `${FEED_PATHS[format]}?${search}` : FEED_PATHS[format];
}
