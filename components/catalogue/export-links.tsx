import { getLocale, getTranslations } from "next-intl/server";
import { catalogueExportHref, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { EXPORT_FORMAT_KEYS } from "@/lib/exports/export-formats";
import { localHref } from "@/lib/i18n/locales";

/** The view's projects as files: every page, with the filters and order in view. */
export async function ExportLinks({ query, total }: { query: CatalogueQuery; total: number }) {
  if (total === 0) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalogue")]);
  return (
    <section aria-labelledby="tai-du-lieu" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="tai-du-lieu" className="font-semibold text-slate-900">
        {t("download", { count: total })}
      </h2>
      <p className="mt-1 text-slate-600">
        {t.rich("downloadIntro", {
          link: (chunks) => (
            <a href={localHref(locale, "/du-lieu-mo")} className="text-brand-700 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <ExportFormatList query={query} />
    </section>
  );
}

/** One download link per file format, for the projects a catalogue query selects. */
export async function ExportFormatList({ query, className = "" }: { query: CatalogueQuery; className?: string }) {
  const t = await getTranslations("catalogue.exportFormats");
  return (
    <ul className={`mt-3 flex flex-wrap gap-2 ${className}`}>
      {EXPORT_FORMAT_KEYS.map((format) => (
        <li key={format}>
          <a
            href={catalogueExportHref(query, format)}
            download
            className="inline-flex items-baseline gap-1 rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600"
          >
            <span className="font-semibold text-brand-800">{t(`${format}.label`)}</span>
            <span className="text-slate-600">({t(`${format}.description`)})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
