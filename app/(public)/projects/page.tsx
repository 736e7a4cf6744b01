import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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
import { breadcrumbList } from "@/lib/seo/structured-data";
import { localName } from "@/lib/i18n/local-text";
import { localHref, type Locale } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { getSiteSettings } from "@/lib/settings/site-settings";

/** An old link with a merged code (`?location=old`) moves for good to the code that replaced it. */
async function redirectMergedCodes(params: Record<string, string | string[] | undefined>, locale: Locale) {
  const target = await catalogueRedirect(localHref(locale, "/projects"), searchParamsOf(params).toString());
  if (target) permanentRedirect(target);
}

/**
 * The tab and the browser history say which search this is: "Dự án kêu gọi đầu tư – Du lịch – trang 2".
 * The canonical link is the same view written one way (known codes only, the default order left
 * out, amounts as the catalogue writes them), so search engines keep one address per view.
 */
export async function generateMetadata({ searchParams }: PageProps<"/projects">): Promise<Metadata> {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("catalogue")]);
  await redirectMergedCodes(params, locale);
  const query = parseCatalogueQuery(params, locale);
  const [reference, settings] = await Promise.all([getReferenceData(), getSiteSettings()]);
  const [sector, location, form] = [
    findByCode(reference.sectors, query.sector),
    findByCode(reference.locations, query.location),
    findByCode(reference.forms, query.form),
  ].map((item) => (item ? { code: item.code, name: localName(locale, item) } : undefined));
  const parts = [
    t("metaTitle"),
    query.q ? `“${query.q}”` : undefined,
    sector?.name,
    location?.name,
    form?.name,
    query.page > 1 ? t("metaPage", { page: query.page }) : undefined,
  ];
  const scope = [
    sector ? t("metaSector", { name: sector.name }) : undefined,
    location ? t("metaLocation", { name: location.name }) : undefined,
    form ? t("metaForm", { name: form.name }) : undefined,
  ].filter(Boolean);
  const applied = { ...query, sector: sector?.code, location: location?.code, form: form?.code };
  const title = parts.filter(Boolean).join(" – ");
  const description = t("metaDescription", {
    scope: scope.length > 0 ? ` ${scope.join(", ")}` : "",
    province: settings.provinceName,
    provinceShort: settings.provinceShortName,
  });
  const portal = await portalTexts(settings);
  return publicPageMetadata({
    locale,
    path: catalogueHref(applied),
    title,
    description,
    portalTitle: portal.title,
    feeds: { atom: catalogueFeedHref(applied, "atom"), rss: catalogueFeedHref(applied, "rss") },
  });
}

export default async function ProjectsPage({ searchParams }: PageProps<"/projects">) {
  const [params, locale, common, t] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("common"),
    getTranslations("catalogue"),
  ]);
  await redirectMergedCodes(params, locale);
  const requested = parseCatalogueQuery(params, locale);
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
            { name: common("breadcrumbHome"), path: localHref(locale, "/") },
            { name: t("title"), path: localHref(locale, "/projects") },
          ],
          portalLink,
        )}
      />
      {result.total > 0 ? <JsonLd data={catalogueDataset(result.query, settings, portalLink)} /> : null}
      <CatalogueView result={result} map={map} tiles={mapTiles()} />
    </>
  );
}
