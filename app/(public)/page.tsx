import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectCard } from "@/components/catalogue/project-card";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { getCatalogueOverview } from "@/lib/catalogue/catalogue-overview";
import { localeFormat } from "@/lib/format/locale-format";
import { localName } from "@/lib/i18n/local-text";
import { localHref } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { portalOrganization } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";

export async function generateMetadata(): Promise<Metadata> {
  const [settings, locale] = await Promise.all([getSiteSettings(), getLocale()]);
  const portal = await portalTexts(settings);
  return publicPageMetadata({
    locale,
    path: "/",
    title: portal.title,
    description: portal.description,
    portalTitle: portal.title,
    standaloneTitle: true,
  });
}

export default async function HomePage() {
  // Rendered per request: the counts change as soon as a project is published.
  await connection();
  const [overview, settings, locale, t] = await Promise.all([
    getCatalogueOverview(),
    getSiteSettings(),
    getLocale(),
    getTranslations("home"),
  ]);
  const format = localeFormat(locale);
  const stats = [
    { label: t("projectCount"), value: format.number(overview.projectCount) },
    { label: t("totalCapital"), value: format.capital(overview.totalCapitalVnd) },
    { label: t("locationCount"), value: format.number(overview.locationCount) },
  ];
  const names = {
    province: settings.provinceName,
    provinceShort: settings.provinceShortName,
    editorialBoard: settings.editorialBoardName,
  };
  return (
    <>
      <JsonLd data={portalOrganization(settings, portalLink)} />
      <section className="rounded-xl bg-gradient-to-br from-brand-800 to-brand-600 px-5 py-8 text-white sm:px-10 sm:py-12">
        <h1 className="max-w-3xl text-2xl font-bold leading-tight sm:text-4xl">{t("heading", names)}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">{t("intro", names)}</p>
        <form
          action={localHref(locale, "/projects")}
          method="get"
          role="search"
          className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row"
        >
          <label htmlFor="home-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder={t("searchPlaceholder")}
            className="w-full rounded-md border-0 bg-white px-4 py-3 text-slate-900 placeholder:text-slate-500"
          />
          <button
            type="submit"
            className="shrink-0 whitespace-nowrap rounded-md bg-flag-600 px-5 py-3 font-semibold text-white hover:bg-red-700"
          >
            {t("searchButton")}
          </button>
        </form>
      </section>

      <section aria-label={t("figures")} className="mt-6 grid gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-2xl font-bold text-brand-800">{stat.value}</p>
            <p className="text-sm text-slate-600">{stat.label}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="nganh" className="mt-10">
        <h2 id="nganh" className="text-xl font-bold text-brand-900">
          {t("bySector")}
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {overview.sectors.map((sector) => (
            <li key={sector.code}>
              <Link
                href={localHref(locale, `/projects?sector=${sector.code}`)}
                className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand-600"
              >
                <span className="font-medium text-slate-800">{localName(locale, sector)}</span>
                <span className="shrink-0 rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-semibold text-brand-800">
                  {format.number(sector.count)}
                  <span className="sr-only"> {t("projectsUnit")}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="moi-nhat" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="moi-nhat" className="text-xl font-bold text-brand-900">
            {t("latest")}
          </h2>
          <Link href={localHref(locale, "/projects")} className="text-sm font-medium text-brand-700 underline">
            {t("seeAll")}
          </Link>
        </div>
        {overview.latest.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("noneYet")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {overview.latest.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
