import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { catalogueHref, parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { findByCode, getReferenceData } from "@/lib/catalogue/reference-data";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { catalogueDataset } from "@/lib/exports/catalogue-dataset";
import { catalogueMapProjects } from "@/lib/maps/catalogue-map-projects";
import { mapTiles } from "@/lib/maps/map-tiles";
import { catalogueFeedHref } from "@/lib/feeds/catalogue-feed-href";
import { catalogueRedirect, searchParamsOf } from "@/lib/reference/canonical-codes";
import { PORTAL_SHARE_IMAGE_PATH, socialMetadata } from "@/lib/seo/social-metadata";
import { breadcrumbList } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { portalTitle } from "@/lib/settings/site-settings-defaults";

/** An old link with a merged code (`?location=old`) moves for good to the code that replaced it. */
async function redirectMergedCodes(params: Record<string, string | string[] | undefined>) {
  const target = await catalogueRedirect("/projects", searchParamsOf(params).toString());
  if (target) permanentRedirect(target);
}

/**
 * The tab and the browser history say which search this is: "Dự án kêu gọi đầu tư – Du lịch – trang 2".
 * The canonical link is the same view written one way (known codes only, the default order left
 * out, amounts as the catalogue writes them), so search engines keep one address per view.
 */
export async function generateMetadata({ searchParams }: PageProps<"/projects">): Promise<Metadata> {
  const params = await searchParams;
  await redirectMergedCodes(params);
  const query = parseCatalogueQuery(params);
  const [reference, settings] = await Promise.all([getReferenceData(), getSiteSettings()]);
  const sector = findByCode(reference.sectors, query.sector);
  const location = findByCode(reference.locations, query.location);
  const form = findByCode(reference.forms, query.form);
  const parts = [
    "Dự án kêu gọi đầu tư",
    query.q ? `“${query.q}”` : undefined,
    sector?.name,
    location?.name,
    form?.name,
    query.page > 1 ? `trang ${query.page}` : undefined,
  ];
  const scope = [
    sector ? `ngành ${sector.name}` : undefined,
    location ? `tại ${location.name}` : undefined,
    form ? `theo hình thức ${form.name}` : undefined,
  ].filter(Boolean);
  const applied = { ...query, sector: sector?.code, location: location?.code, form: form?.code };
  const title = parts.filter(Boolean).join(" – ");
  const description = `Danh mục dự án kêu gọi đầu tư${scope.length > 0 ? ` ${scope.join(", ")}` : ""} của ${settings.provinceName}: vốn đầu tư, hình thức, địa điểm và đơn vị đề xuất của từng dự án; tải về dạng CSV, Excel, JSON.`;
  const canonical = catalogueHref(applied);
  return {
    title,
    description,
    alternates: {
      canonical,
      // Feed readers find the view's feeds from the page itself.
      types: {
        "application/atom+xml": [{ url: catalogueFeedHref(applied, "atom"), title: `${title} (Atom)` }],
        "application/rss+xml": [{ url: catalogueFeedHref(applied, "rss"), title: `${title} (RSS)` }],
      },
    },
    ...socialMetadata({
      title,
      description,
      path: canonical,
      siteName: portalTitle(settings),
      image: { path: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) },
    }),
  };
}

export default async function ProjectsPage({ searchParams }: PageProps<"/projects">) {
  const params = await searchParams;
  await redirectMergedCodes(params);
  const requested = parseCatalogueQuery(params);
  const [result, settings, map] = await Promise.all([
    searchCatalogue(requested),
    getSiteSettings(),
    requested.view === "map" ? catalogueMapProjects(requested) : null,
  ]);
  return (
    <>
      <JsonLd
        data={breadcrumbList(
          [
            { name: "Trang chủ", path: "/" },
            { name: "Dự án kêu gọi đầu tư", path: "/projects" },
          ],
          portalLink,
        )}
      />
      {result.total > 0 ? <JsonLd data={catalogueDataset(result.query, settings, portalLink)} /> : null}
      <CatalogueView result={result} map={map} tiles={mapTiles()} />
    </>
  );
}
