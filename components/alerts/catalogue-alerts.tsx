import { alertQueryString, describeAlertFilters } from "@/lib/alerts/alert-filters";
import type { CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import type { ReferenceData, ReferenceItem } from "@/lib/catalogue/reference-data";
import { catalogueFeedHref } from "@/lib/feeds/catalogue-feed-href";
import { AlertSubscribeForm } from "./alert-subscribe-form";

const nameOf = (items: ReferenceItem[], code?: string) => items.find((item) => item.code === code)?.name;

/** "Nhận thông báo" under the catalogue: the view's filters by e-mail, or as an Atom / RSS feed. */
export function CatalogueAlerts({ query, reference }: { query: CatalogueQuery; reference: ReferenceData }) {
  const filterLines = describeAlertFilters(query, {
    sector: nameOf(reference.sectors, query.sector),
    location: nameOf(reference.locations, query.location),
    form: nameOf(reference.forms, query.form),
  });
  return (
    <section
      id="nhan-thong-bao"
      aria-labelledby="nhan-thong-bao-tieu-de"
      className="mt-8 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="nhan-thong-bao-tieu-de" className="font-semibold text-slate-900">
        Nhận thông báo
      </h2>
      <AlertSubscribeForm query={alertQueryString(query)} filterLines={filterLines} />
      <p className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">
        Hoặc theo dõi bằng trình đọc tin:{" "}
        <a href={catalogueFeedHref(query, "atom")} type="application/atom+xml" className="text-brand-700 underline">
          nguồn tin Atom
        </a>{" "}
        ·{" "}
        <a href={catalogueFeedHref(query, "rss")} type="application/rss+xml" className="text-brand-700 underline">
          RSS
        </a>
      </p>
    </section>
  );
}
