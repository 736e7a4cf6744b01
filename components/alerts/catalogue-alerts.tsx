import { alertQueryString, describeAlertFilters } from "@/lib/alerts/alert-filters";
import { getTranslations } from "next-intl/server";
import { catalogueHref, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
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

/**
 * On English pages: the view as a feed, and where to subscribe by e-mail (the confirmation and alert
 * e-mails are written in Vietnamese, so the form is on the Vietnamese page).
 */
export async function CatalogueFeeds({ query }: { query: CatalogueQuery }) {
  const t = await getTranslations("catalogue");
  return (
    <section
      id="nhan-thong-bao"
      aria-labelledby="theo-doi"
      className="mt-8 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="theo-doi" className="font-semibold text-slate-900">
        {t("feedsHeading")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("feedsLine", {
          atom: (chunks) => (
            <a href={catalogueFeedHref(query, "atom")} type="application/atom+xml" className="text-brand-700 underline">
              {chunks}
            </a>
          ),
          rss: (chunks) => (
            <a href={catalogueFeedHref(query, "rss")} type="application/rss+xml" className="text-brand-700 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("emailAlertsInVietnamese", {
          link: (chunks) => (
            <a href={`${catalogueHref(query)}#nhan-thong-bao`} hrefLang="vi" className="text-brand-700 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
