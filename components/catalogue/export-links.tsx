import { catalogueExportHref, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { EXPORT_FORMATS, EXPORT_FORMAT_KEYS } from "@/lib/exports/export-formats";
import { formatNumber } from "@/lib/format/money";

/** The view's projects as files: every page, with the filters and order in view. */
export function ExportLinks({ query, total }: { query: CatalogueQuery; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="tai-du-lieu" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="tai-du-lieu" className="font-semibold text-slate-900">
        Tải danh sách này ({formatNumber(total)} dự án)
      </h2>
      <p className="mt-1 text-slate-600">
        Theo đúng bộ lọc và thứ tự đang xem, gồm mọi trang và đủ các trường của mẫu. Giấy phép, từ điển dữ liệu và API: xem{" "}
        <a href="/du-lieu-mo" className="text-brand-700 underline">
          Dữ liệu mở
        </a>
        .
      </p>
      <ExportFormatList query={query} />
    </section>
  );
}

/** One download link per file format, for the projects a catalogue query selects. */
export function ExportFormatList({ query, className = "" }: { query: CatalogueQuery; className?: string }) {
  return (
    <ul className={`mt-3 flex flex-wrap gap-2 ${className}`}>
      {EXPORT_FORMAT_KEYS.map((format) => (
        <li key={format}>
          <a
            href={catalogueExportHref(query, format)}
            download
            className="inline-flex items-baseline gap-1 rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600"
          >
            <span className="font-semibold text-brand-800">{EXPORT_FORMATS[format].label}</span>
            <span className="text-slate-600">({EXPORT_FORMATS[format].description})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
