import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueHref, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { localHref } from "@/lib/i18n/locales";

/** Page numbers around the current one, with the first and last always reachable. */
function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  for (const [index, n] of sorted.entries()) {
    if (index > 0 && n - sorted[index - 1]! > 1) result.push("gap");
    result.push(n);
  }
  return result;
}

export async function Pagination({ query, pageCount }: { query: CatalogueQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalogue")]);
  const hrefOf = (n: number) => localHref(locale, catalogueHref({ ...query, page: n }));
  const { page } = query;
  const linkClass = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-2 text-sm";
  return (
    <nav aria-label={t("pagination")} className="mt-8 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={`${linkClass} border-slate-300 bg-white hover:border-brand-600`} rel="prev">
          {t("previousPage")}
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((n, index) =>
        n === "gap" ? (
          <span key={`gap-${index}`} className="px-1 text-slate-500" aria-hidden="true">
            …
          </span>
        ) : n === page ? (
          <span key={n} aria-current="page" className={`${linkClass} border-brand-700 bg-brand-700 font-semibold text-white`}>
            <span className="sr-only">{t("pageWord")}</span>
            {n}
          </span>
        ) : (
          <Link key={n} href={hrefOf(n)} className={`${linkClass} border-slate-300 bg-white hover:border-brand-600`}>
            <span className="sr-only">{t("pageWord")}</span>
            {n}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} className={`${linkClass} border-slate-300 bg-white hover:border-brand-600`} rel="next">
          {t("nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
