import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogueAlerts, CatalogueFeeds } from "@/components/alerts/catalogue-alerts";
import { adjustmentMessage, capitalFieldMessage, type CatalogueTranslator } from "@/lib/catalogue/adjustment-messages";
import { catalogueHref, hasFilters, type CapitalField, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import type { CatalogueResult, FacetCounts } from "@/lib/catalogue/search-catalogue";
import type { ReferenceItem } from "@/lib/catalogue/reference-data";
import { localeFormat } from "@/lib/format/locale-format";
import { tyToVnd } from "@/lib/format/money";
import { formatVietnameseNumber } from "@/lib/format/number";
import { localName } from "@/lib/i18n/local-text";
import { localHref, type Locale } from "@/lib/i18n/locales";
import { SORT_OPTIONS } from "@/lib/catalogue/catalogue-sort";
import { templateLabel } from "@/lib/template/fields";
import { ExportLinks } from "./export-links";
import { FilterForm, type CapitalInput, type FacetOption, type FilterFormLabels } from "./filter-form";
import { Pagination } from "./pagination";
import { ProjectCard } from "./project-card";
import { CompareBar } from "@/components/compare/compare-bar";
import { COMPARE_FORM_ID } from "@/lib/compare/compare-names";
import { CatalogueMap } from "@/components/maps/catalogue-map";
import type { CatalogueMap as CatalogueMapData } from "@/lib/maps/catalogue-map-projects";
import type { MapTiles } from "@/lib/maps/map-tiles";

function facetOptions(locale: Locale, items: ReferenceItem[], counts: FacetCounts): FacetOption[] {
  return items.map((item) => ({ code: item.code, name: localName(locale, item), count: counts[item.code] ?? 0 }));
}

interface ActiveFilter {
  label: string;
  removeHref: string;
  /** The keyword stays in view on phones; the other filters fold behind "Lọc (n)". */
  keyword?: boolean;
}

function activeFilters(result: CatalogueResult, locale: Locale, t: CatalogueTranslator): ActiveFilter[] {
  const { query, reference } = result;
  const format = localeFormat(locale);
  const without = (change: Partial<CatalogueQuery>) => localHref(locale, catalogueHref({ ...query, ...change, page: 1 }));
  const nameOf = (items: ReferenceItem[], code?: string) => {
    const item = items.find((entry) => entry.code === code);
    return item ? localName(locale, item) : "";
  };
  const filters: ActiveFilter[] = [];
  if (query.q) filters.push({ label: t("keywordFilter", { q: query.q }), removeHref: without({ q: "" }), keyword: true });
  if (query.sector)
    filters.push({
      label: t("sectorFilter", { name: nameOf(reference.sectors, query.sector) }),
      removeHref: without({ sector: undefined }),
    });
  if (query.location)
    filters.push({
      label: t("locationFilter", { name: nameOf(reference.locations, query.location) }),
      removeHref: without({ location: undefined }),
    });
  if (query.form)
    filters.push({
      label: t("formFilter", { name: nameOf(reference.forms, query.form) }),
      removeHref: without({ form: undefined }),
    });
  if (query.minCapital !== undefined)
    filters.push({
      label: t("minCapitalFilter", { amount: format.capital(tyToVnd(query.minCapital)) }),
      removeHref: without({ minCapital: undefined }),
    });
  if (query.maxCapital !== undefined)
    filters.push({
      label: t("maxCapitalFilter", { amount: format.capital(tyToVnd(query.maxCapital)) }),
      removeHref: without({ maxCapital: undefined }),
    });
  return filters;
}

/** A capital input shows what the visitor typed when it could not be used, else the amount as applied. */
function capitalInput(result: CatalogueResult, field: CapitalField, locale: Locale, t: CatalogueTranslator): CapitalInput {
  for (const adjustment of result.adjustments) {
    if ((adjustment.kind === "capital-unreadable" || adjustment.kind === "capital-out-of-range") && adjustment.field === field) {
      return { text: adjustment.input, error: capitalFieldMessage(adjustment, t) };
    }
  }
  const value = result.query[field];
  if (value === undefined) return { text: "" };
  return { text: locale === "en" ? localeFormat("en").number(value) : formatVietnameseNumber(value) };
}

function filterFormLabels(t: CatalogueTranslator): FilterFormLabels {
  return {
    form: t("searchAndFilterProjects"),
    filter: t("filterButton"),
    keyword: t("keyword"),
    keywordPlaceholder: t("keywordPlaceholder"),
    loading: t("loading"),
    activeConditions: t("activeConditions"),
    all: t("all"),
    capitalLegend: t("capitalLegend"),
    capitalFrom: t("capitalFrom"),
    capitalTo: t("capitalTo"),
    capitalExample: t("capitalExample"),
    sort: t("sort"),
    sortOptions: Object.fromEntries(
      SORT_OPTIONS.map((sort) => [sort, t(`sortOptions.${sort}`)]),
    ) as FilterFormLabels["sortOptions"],
    apply: t("apply"),
    clearFilters: t("clearFilters"),
  };
}

/** "Danh sách | Bản đồ": the same results, as a list only or with a map above it; kept in the URL. */
function ViewSwitch({ query, locale, t }: { query: CatalogueQuery; locale: Locale; t: CatalogueTranslator }) {
  const views = [
    { view: undefined, label: t("listView") },
    { view: "map" as const, label: t("mapView") },
  ];
  return (
    <nav aria-label={t("viewSwitch")} className="mt-3">
      <ul className="inline-flex overflow-hidden rounded-md border border-brand-700 text-sm font-semibold">
        {views.map(({ view, label }) => {
          const current = (query.view ?? undefined) === view;
          return (
            <li key={label} className="border-l border-brand-700 first:border-l-0">
              <Link
                href={localHref(locale, catalogueHref({ ...query, view }))}
                aria-current={current ? "page" : undefined}
                className={`block px-4 py-1.5 ${current ? "bg-brand-700 text-white" : "bg-white text-brand-800 hover:bg-brand-50"}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export async function CatalogueView({
  result,
  map,
  tiles,
}: {
  result: CatalogueResult;
  /** The map view's projects, when the map view is chosen. */
  map?: CatalogueMapData | null;
  tiles: MapTiles;
}) {
  const { query, items, total, page, pageCount, facets, reference, adjustments } = result;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalogue")]);
  const filters = activeFilters(result, locale, t);
  const first = (page - 1) * result.pageSize + 1;
  const last = first + items.length - 1;

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
      <div className="mt-4 grid gap-4 sm:mt-6 lg:grid-cols-[18rem_1fr] lg:gap-6">
        <aside aria-labelledby="bo-loc" className="self-start rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="bo-loc" className="sr-only lg:not-sr-only lg:mb-3 lg:block lg:text-base lg:font-semibold lg:text-slate-900">
            {t("searchAndFilter")}
          </h2>
          <FilterForm
            query={query}
            capital={{
              minCapital: capitalInput(result, "minCapital", locale, t),
              maxCapital: capitalInput(result, "maxCapital", locale, t),
            }}
            activeCount={filters.filter((filter) => !filter.keyword).length}
            sectors={{
              label: templateLabel("sectorCode", locale),
              options: facetOptions(locale, reference.sectors, facets.sector),
            }}
            locations={{
              label: templateLabel("locationCodes", locale),
              options: facetOptions(locale, reference.locations, facets.location),
            }}
            forms={{
              label: templateLabel("investmentFormCode", locale),
              options: facetOptions(locale, reference.forms, facets.form),
            }}
            path={localHref(locale, "/projects")}
            locale={locale}
            labels={filterFormLabels(t)}
          />
        </aside>
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="sr-only">
            {t("results")}
          </h2>
          {adjustments.length > 0 ? (
            <div role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <p className="font-semibold">{t("adjustmentsIntro")}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
                {adjustments.map((adjustment, index) => (
                  <li key={index}>{adjustmentMessage(adjustment, query.q, t)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p aria-live="polite" className="text-sm text-slate-700">
            {total === 0 ? (
              t("noMatch")
            ) : (
              <>
                {t.rich("found", { count: total, strong: (chunks) => <strong>{chunks}</strong> })}
                {pageCount > 1 ? t("showing", { first, last, page, pageCount }) : ""}
              </>
            )}{" "}
            <a href="#nhan-thong-bao" className="whitespace-nowrap text-brand-700 underline">
              {t("alertsLink")}
            </a>
          </p>
          {filters.length > 0 ? (
            <ul aria-label={t("activeFilters")} className="mt-3 flex flex-wrap gap-2">
              {filters.map((filter) => (
                <li key={filter.label}>
                  <Link
                    href={filter.removeHref}
                    className="inline-flex items-center gap-1 rounded-full border border-brand-100 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:border-brand-600"
                  >
                    <span className="[overflow-wrap:anywhere]">{filter.label}</span>
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">{t("removeFilter")}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ViewSwitch query={query} locale={locale} t={t} />
          {query.view === "map" && map ? <CatalogueMap map={map} total={total} tiles={tiles} /> : null}

          {items.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="text-lg font-semibold text-slate-800">{t("emptyTitle")}</p>
              <p className="mt-2 text-slate-600">{hasFilters(query) ? t("emptyFiltered") : t("emptyNone")}</p>
              {hasFilters(query) ? (
                <Link
                  href={localHref(locale, "/projects")}
                  className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  {t("clearFilters")}
                </Link>
              ) : null}
            </div>
          ) : (
            <>
              <ul className="mt-4 grid gap-4 md:grid-cols-2">
                {items.map((project) => (
                  <li key={project.id}>
                    {/* Comparing is a Vietnamese page only (/so-sanh): English cards offer no box for it. */}
                    <ProjectCard project={project} compareForm={locale === "vi" ? COMPARE_FORM_ID : undefined} />
                  </li>
                ))}
              </ul>
              {locale === "vi" ? <CompareBar /> : null}
            </>
          )}
          <Pagination query={query} pageCount={pageCount} />
          <ExportLinks query={query} total={total} />
          {locale === "vi" ? <CatalogueAlerts query={query} reference={reference} /> : <CatalogueFeeds query={query} />}
        </section>
      </div>
    </>
  );
}
