import Link from "next/link";
import { CatalogueAlerts } from "@/components/alerts/catalogue-alerts";
import { adjustmentMessage, capitalFieldMessage } from "@/lib/catalogue/adjustment-messages";
import { catalogueHref, hasFilters, type CapitalField, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import type { CatalogueResult, FacetCounts } from "@/lib/catalogue/search-catalogue";
import type { ReferenceItem } from "@/lib/catalogue/reference-data";
import { formatNumber } from "@/lib/format/money";
import { formatVietnameseNumber } from "@/lib/format/number";
import { ExportLinks } from "./export-links";
import { FilterForm, type CapitalInput, type FacetOption } from "./filter-form";
import { Pagination } from "./pagination";
import { ProjectCard } from "./project-card";
import { CompareBar } from "@/components/compare/compare-bar";
import { COMPARE_FORM_ID } from "@/lib/compare/compare-names";
import { CatalogueMap } from "@/components/maps/catalogue-map";
import type { CatalogueMap as CatalogueMapData } from "@/lib/maps/catalogue-map-projects";
import type { MapTiles } from "@/lib/maps/map-tiles";

function facetOptions(items: ReferenceItem[], counts: FacetCounts): FacetOption[] {
  return items.map((item) => ({ code: item.code, name: item.name, count: counts[item.code] ?? 0 }));
}

interface ActiveFilter {
  label: string;
  removeHref: string;
  /** The keyword stays in view on phones; the other filters fold behind "Lọc (n)". */
  keyword?: boolean;
}

function activeFilters(result: CatalogueResult): ActiveFilter[] {
  const { query, reference } = result;
  const without = (change: Partial<CatalogueQuery>) => catalogueHref({ ...query, ...change, page: 1 });
  const nameOf = (items: ReferenceItem[], code?: string) => items.find((item) => item.code === code)?.name;
  const filters: ActiveFilter[] = [];
  if (query.q) filters.push({ label: `Từ khóa: “${query.q}”`, removeHref: without({ q: "" }), keyword: true });
  if (query.sector)
    filters.push({ label: `Ngành: ${nameOf(reference.sectors, query.sector)}`, removeHref: without({ sector: undefined }) });
  if (query.location)
    filters.push({
      label: `Địa bàn: ${nameOf(reference.locations, query.location)}`,
      removeHref: without({ location: undefined }),
    });
  if (query.form)
    filters.push({ label: `Hình thức: ${nameOf(reference.forms, query.form)}`, removeHref: without({ form: undefined }) });
  if (query.minCapital !== undefined)
    filters.push({ label: `Vốn từ ${formatNumber(query.minCapital)} tỷ đồng`, removeHref: without({ minCapital: undefined }) });
  if (query.maxCapital !== undefined)
    filters.push({ label: `Vốn đến ${formatNumber(query.maxCapital)} tỷ đồng`, removeHref: without({ maxCapital: undefined }) });
  return filters;
}

/** A capital input shows what the visitor typed when it could not be used, else the amount as applied. */
function capitalInput(result: CatalogueResult, field: CapitalField): CapitalInput {
  for (const adjustment of result.adjustments) {
    if ((adjustment.kind === "capital-unreadable" || adjustment.kind === "capital-out-of-range") && adjustment.field === field) {
      return { text: adjustment.input, error: capitalFieldMessage(adjustment) };
    }
  }
  const value = result.query[field];
  return { text: value === undefined ? "" : formatVietnameseNumber(value) };
}

/** "Danh sách | Bản đồ": the same results, as a list only or with a map above it; kept in the URL. */
function ViewSwitch({ query }: { query: CatalogueQuery }) {
  const views = [
    { view: undefined, label: "Danh sách" },
    { view: "map" as const, label: "Bản đồ" },
  ];
  return (
    <nav aria-label="Cách xem kết quả" className="mt-3">
      <ul className="inline-flex overflow-hidden rounded-md border border-brand-700 text-sm font-semibold">
        {views.map(({ view, label }) => {
          const current = (query.view ?? undefined) === view;
          return (
            <li key={label} className="border-l border-brand-700 first:border-l-0">
              <Link
                href={catalogueHref({ ...query, view })}
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

export function CatalogueView({
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
  const filters = activeFilters(result);
  const first = (page - 1) * result.pageSize + 1;
  const last = first + items.length - 1;

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">Dự án kêu gọi đầu tư</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        Các dự án đã được Ban Biên tập công bố. Lọc theo ngành, địa bàn, hình thức đầu tư và quy mô vốn; tìm theo từ khóa có dấu
        hoặc không dấu.
      </p>
      <div className="mt-4 grid gap-4 sm:mt-6 lg:grid-cols-[18rem_1fr] lg:gap-6">
        <aside aria-labelledby="bo-loc" className="self-start rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="bo-loc" className="sr-only lg:not-sr-only lg:mb-3 lg:block lg:text-base lg:font-semibold lg:text-slate-900">
            Tìm kiếm và lọc
          </h2>
          <FilterForm
            query={query}
            capital={{ minCapital: capitalInput(result, "minCapital"), maxCapital: capitalInput(result, "maxCapital") }}
            activeCount={filters.filter((filter) => !filter.keyword).length}
            sectors={facetOptions(reference.sectors, facets.sector)}
            locations={facetOptions(reference.locations, facets.location)}
            forms={facetOptions(reference.forms, facets.form)}
          />
        </aside>
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="sr-only">
            Kết quả
          </h2>
          {adjustments.length > 0 ? (
            <div role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <p className="font-semibold">Xin lưu ý về điều kiện tìm kiếm:</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
                {adjustments.map((adjustment, index) => (
                  <li key={index}>{adjustmentMessage(adjustment, query.q)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p aria-live="polite" className="text-sm text-slate-700">
            {total === 0 ? (
              "Không có dự án nào phù hợp."
            ) : (
              <>
                Tìm thấy <strong>{formatNumber(total)}</strong> dự án
                {pageCount > 1 ? ` – hiển thị ${first}–${last}, trang ${page}/${pageCount}` : ""}
              </>
            )}{" "}
            <a href="#nhan-thong-bao" className="whitespace-nowrap text-brand-700 underline">
              Nhận thông báo
            </a>
          </p>
          {filters.length > 0 ? (
            <ul aria-label="Bộ lọc đang áp dụng" className="mt-3 flex flex-wrap gap-2">
              {filters.map((filter) => (
                <li key={filter.label}>
                  <Link
                    href={filter.removeHref}
                    className="inline-flex items-center gap-1 rounded-full border border-brand-100 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:border-brand-600"
                  >
                    <span className="[overflow-wrap:anywhere]">{filter.label}</span>
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">(bỏ bộ lọc này)</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ViewSwitch query={query} />
          {query.view === "map" && map ? <CatalogueMap map={map} total={total} tiles={tiles} /> : null}

          {items.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="text-lg font-semibold text-slate-800">Không tìm thấy dự án phù hợp</p>
              <p className="mt-2 text-slate-600">
                {hasFilters(query)
                  ? "Hãy thử từ khóa khác, bớt điều kiện lọc hoặc mở rộng khoảng vốn."
                  : "Hiện chưa có dự án nào được công bố."}
              </p>
              {hasFilters(query) ? (
                <Link
                  href="/projects"
                  className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  Xóa bộ lọc
                </Link>
              ) : null}
            </div>
          ) : (
            <>
              <ul className="mt-4 grid gap-4 md:grid-cols-2">
                {items.map((project) => (
                  <li key={project.id}>
                    <ProjectCard project={project} compareForm={COMPARE_FORM_ID} />
                  </li>
                ))}
              </ul>
              <CompareBar />
            </>
          )}
          <Pagination query={query} pageCount={pageCount} />
          <ExportLinks query={query} total={total} />
          <CatalogueAlerts query={query} reference={reference} />
        </section>
      </div>
    </>
  );
}
