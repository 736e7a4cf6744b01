import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportFormatList } from "@/components/catalogue/export-links";
import { Oc4idsSection } from "@/components/open-data/oc4ids-section";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { PAGE_SIZE } from "@/lib/catalogue/catalogue-query";
import { env } from "@/lib/env";
import { catalogueDataset } from "@/lib/exports/catalogue-dataset";
import { EXPORT_COLUMNS, KIND_LABELS, KIND_LABELS_EN } from "@/lib/exports/export-columns";
import { localHref, type Locale } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { breadcrumbList } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";

/** The licence's deed in the page's language (Creative Commons' own page is English by default). */
function licenceUrl(locale: Locale): string {
  return locale === "en" ? OPEN_DATA_LICENCE.url.replace(/deed\.vi$/, "") : OPEN_DATA_LICENCE.url;
}

export async function generateMetadata(): Promise<Metadata> {
  const [settings, locale, t] = await Promise.all([getSiteSettings(), getLocale(), getTranslations("openData")]);
  const portal = await portalTexts(settings);
  return publicPageMetadata({
    locale,
    path: "/du-lieu-mo",
    title: t("title"),
    description: t("description"),
    portalTitle: portal.title,
  });
}

const sectionClass = "mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
const headingClass = "text-xl font-bold text-brand-900";
const codeClass = "overflow-x-auto whitespace-pre rounded bg-slate-900 p-3 text-sm text-slate-100";
const linkClass = "text-brand-700 underline";

/** A command to copy; it scrolls sideways on a phone, so it can take the keyboard's focus. */
function Example({ label, command }: { label: string; command: string }) {
  return (
    <pre tabIndex={0} aria-label={label} className={codeClass}>
      <code>{command}</code>
    </pre>
  );
}

const code = (chunks: ReactNode) => <code>{chunks}</code>;

export default async function OpenDataPage() {
  // The examples name this portal's own address and the limit the server runs with.
  await connection();
  const [settings, locale, t, common] = await Promise.all([
    getSiteSettings(),
    getLocale(),
    getTranslations("openData"),
    getTranslations("common"),
  ]);
  const english = locale === "en";
  const portal = await portalTexts(settings);
  const origin = portalLink("").replace(/\/$/, "");
  const limit = env.API_RATE_LIMIT_PER_MINUTE;
  const allProjects = { q: "", sort: "newest" as const, page: 1 };
  const catalogueLink = (chunks: ReactNode) => (
    <Link href={localHref(locale, "/projects")} className={linkClass}>
      {chunks}
    </Link>
  );
  return (
    <article className="max-w-4xl">
      <JsonLd
        data={breadcrumbList(
          [
            { name: common("breadcrumbHome"), path: localHref(locale, "/") },
            { name: t("title"), path: localHref(locale, "/du-lieu-mo") },
          ],
          portalLink,
        )}
      />
      <JsonLd data={catalogueDataset(allProjects, settings, portalLink)} />
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link href={localHref(locale, "/")} className="hover:underline">
          {common("breadcrumbHome")}
        </Link>{" "}
        › {t("title")}
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-700">
        {t("intro", {
          editorialBoard: common("editorialBoard", {
            editorialBoard: settings.editorialBoardName,
            provinceShort: settings.provinceShortName,
          }),
        })}
      </p>

      <section aria-labelledby="giay-phep" className={sectionClass}>
        <h2 id="giay-phep" className={headingClass}>
          {t("licenceHeading")}
        </h2>
        <p className="mt-2 text-slate-700">
          {t.rich("licence", {
            licence: english ? OPEN_DATA_LICENCE.nameEn : OPEN_DATA_LICENCE.name,
            portal: portal.title,
            origin,
            link: (chunks) => (
              <a href={licenceUrl(locale)} className={linkClass} rel="license">
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>

      <section aria-labelledby="tai-ve" className={sectionClass}>
        <h2 id="tai-ve" className={headingClass}>
          {t("downloadsHeading")}
        </h2>
        <p className="mt-2 text-slate-700">{t.rich("downloadsIntro", { link: catalogueLink })}</p>
        <ExportFormatList query={allProjects} className="text-sm" />
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>{t("csvNote")}</li>
          <li>{t.rich("excelNote", { vi: (chunks) => <span lang="vi">{chunks}</span> })}</li>
          <li>{t("unitsNote")}</li>
        </ul>
      </section>

      <section aria-labelledby="api" className={sectionClass}>
        <h2 id="api" className={headingClass}>
          {t("apiHeading")}
        </h2>
        <p className="mt-2 text-slate-700">
          {t.rich("apiIntro", {
            pageSize: PAGE_SIZE,
            code,
            link: (chunks) => (
              <a href="/api/openapi.json" className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <h3 className="mt-4 font-semibold text-slate-900">{t("examplesHeading")}</h3>
        <p className="mt-1 text-sm text-slate-700">{t("examples.tourism.caption")}</p>
        <Example
          label={t("examples.tourism.label")}
          command={`curl '${origin}/api/projects?sector=du-lich&location=phu-quoc&sort=capital-desc'`}
        />
        <p className="mt-3 text-sm text-slate-700">{t("examples.energyExcel.caption")}</p>
        <Example
          label={t("examples.energyExcel.label")}
          command={`curl -OJ '${origin}/api/projects/export?sector=nang-luong&format=xlsx'`}
        />
        <p className="mt-3 text-sm text-slate-700">{t("examples.etag.caption")}</p>
        <Example
          label={t("examples.etag.label")}
          command={`curl -H 'If-None-Match: "<${t("examples.etag.placeholder")}>"' '${origin}/api/projects?page=2'`}
        />
        <h3 className="mt-4 font-semibold text-slate-900">{t("cachingHeading")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>{t.rich("etagNote", { code })}</li>
          <li>{t.rich("cacheControlNote", { code })}</li>
          <li>{t.rich("corsNote", { code })}</li>
          <li>{limit > 0 ? t.rich("rateLimit", { limit, code }) : t("noRateLimit")}</li>
        </ul>
      </section>

      <Oc4idsSection className={sectionClass} headingClass={headingClass} />

      <section aria-labelledby="tu-dien" className={sectionClass}>
        <h2 id="tu-dien" className={headingClass}>
          {t("dictionaryHeading")}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t("dictionaryIntro")}</p>
        <div tabIndex={0} role="region" aria-label={t("dictionaryTable")} className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t("dictionaryColumns.column")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("dictionaryColumns.key")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("dictionaryColumns.kind")}
                </th>
                <th scope="col" className="py-2">
                  {t("dictionaryColumns.description")}
                </th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_COLUMNS.map((column) => {
                const unit = english ? column.unitEn : column.unit;
                return (
                  <tr key={column.key} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3 font-medium text-slate-900">
                      {english ? column.labelEn : column.label}
                      {english ? (
                        // The files' own header, so a reader can find the column in a CSV or Excel file.
                        <span lang="vi" className="block font-normal text-slate-600">
                          {column.label}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      <code>{column.key}</code>
                    </td>
                    <td className="py-2 pr-3">
                      {(english ? KIND_LABELS_EN : KIND_LABELS)[column.kind]}
                      {unit ? ` (${unit})` : ""}
                    </td>
                    <td className="py-2 text-slate-700">{english ? column.descriptionEn : column.description}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
