import "server-only";
import { Feed } from "feed";
import { alertFiltersOf, describeAlertFilters } from "@/lib/alerts/alert-filters";
import { resolveAlertFilters } from "@/lib/alerts/alert-names";
import { portalLink } from "@/lib/auth/portal-url";
import { catalogueHref, parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { formatCapital } from "@/lib/format/money";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { catalogueFeedHref, type FeedFormat } from "./catalogue-feed-href";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};

/**
 * The newest published projects of a catalogue view (one page, newest first) as Atom or RSS 2.0, made
 * with the `feed` package. It reads through the catalogue's own search, so it holds exactly what the
 * catalogue shows the public: published projects only, never a draft or a pending edit.
 */
export async function catalogueFeed(params: URLSearchParams, format: FeedFormat): Promise<string> {
  const requested = { ...parseCatalogueQuery(params), sort: "newest" as const, page: 1 };
  const [result, settings, resolved] = await Promise.all([
    searchCatalogue(requested),
    getSiteSettings(),
    resolveAlertFilters(alertFiltersOf(params)),
  ]);
  const scope = describeAlertFilters(resolved.filters, resolved.names);
  const catalogueUrl = portalLink(catalogueHref({ ...resolved.filters, sort: "newest" }));
  const dates = result.items.map((project) => (project.lastConfirmedAt ?? project.publishedAt ?? new Date(0)).getTime());
  const feed = new Feed({
    id: catalogueUrl,
    link: catalogueUrl,
    title: `${settings.portalName}: dự án kêu gọi đầu tư${scope.length > 0 ? ` (${scope.join("; ")})` : ""}`,
    description: `Dự án kêu gọi đầu tư mới công bố của ${settings.provinceName}${scope.length > 0 ? `, theo điều kiện: ${scope.join("; ")}` : ""}.`,
    language: "vi",
    updated: new Date(dates.length > 0 ? Math.max(...dates) : 0),
    generator: false,
    copyright: settings.operatorName,
    feedLinks: {
      atom: portalLink(catalogueFeedHref(resolved.filters, "atom")),
      rss: portalLink(catalogueFeedHref(resolved.filters, "rss")),
    },
  });
  for (const project of result.items) {
    const link = portalLink(`/projects/${project.slug}`);
    const locations = [...project.locations]
      .sort((a, b) => a.location.sortOrder - b.location.sortOrder)
      .map(({ location }) => location.name);
    const facts = [project.sector?.name, locations.join(", ") || undefined, formatCapital(project.capitalVnd), project.unitName]
      .filter(Boolean)
      .join(" · ");
    feed.addItem({
      id: link,
      link,
      title: project.name,
      description: `${facts}. ${project.objectives}`.slice(0, 600),
      date: project.lastConfirmedAt ?? project.publishedAt ?? new Date(0),
      published: project.publishedAt ?? undefined,
      category: project.sector ? [{ name: project.sector.name, term: project.sector.code }] : undefined,
    });
  }
  return format === "atom" ? feed.atom1() : feed.rss2();
}
