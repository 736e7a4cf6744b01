import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { PublishedProject } from "@/lib/catalogue/public-project-page";
import { localeFormat } from "@/lib/format/locale-format";
import { localName, projectTexts } from "@/lib/i18n/local-text";
import { localHref } from "@/lib/i18n/locales";
import { projectFreshness } from "@/lib/projects/freshness";
import { InterestForm } from "@/components/enquiries/interest-form";
import { ProjectPrintHeader } from "@/components/sharing/project-print-header";
import { ProjectSharePanel } from "@/components/sharing/project-share-panel";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";
import { ProjectDocuments } from "./project-documents";
import { ProjectTemplateSections, orDash } from "./project-template-sections";
import { templateLabel } from "@/lib/template/fields";
import { ProjectMapSection } from "@/components/maps/project-map-section";
import { mapPointOf } from "@/lib/maps/map-point";
import { mapTiles } from "@/lib/maps/map-tiles";

/**
 * A project's public page. Printed, it is a one-page sheet: the print header (portal, address, QR code),
 * the key figures and the template's sections with the unit's contact; navigation, sharing, documents
 * and the enquiry form stay on screen.
 */
export async function ProjectTemplateView({
  project,
  pageUrl,
  settings,
}: {
  project: PublishedProject;
  /** The page's canonical address (NEXTAUTH_URL's host), for copying, sharing and the QR code. */
  pageUrl: string;
  settings: SiteSettingsValues;
}) {
  const freshness = projectFreshness(project);
  const locations = project.locations.map(({ location }) => location);
  const point = mapPointOf(project);
  const [locale, t, common, catalogue, enquiry] = await Promise.all([
    getLocale(),
    getTranslations("project"),
    getTranslations("common"),
    getTranslations("catalogue"),
    getTranslations("enquiry"),
  ]);
  const format = localeFormat(locale);
  const texts = projectTexts(locale, project);
  const english = locale === "en";

  return (
    <article className="print:text-[8.5pt] print:leading-snug">
      <ProjectPrintHeader url={pageUrl} settings={settings} />
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600 print:hidden">
        <Link href={localHref(locale, "/")} className="hover:underline">
          {common("breadcrumbHome")}
        </Link>{" "}
        ›{" "}
        <Link href={localHref(locale, "/projects")} className="hover:underline">
          {catalogue("title")}
        </Link>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700 print:mt-2">
        {project.sector ? (
          <Link href={localHref(locale, `/projects?sector=${project.sector.code}`)} className="hover:underline">
            {localName(locale, project.sector)}
          </Link>
        ) : null}
      </p>
      <h1
        lang={texts.nameLang}
        className="mt-1 text-2xl font-bold leading-tight text-brand-900 [overflow-wrap:anywhere] sm:text-3xl print:text-[15pt]"
      >
        {texts.name}
      </h1>
      {english && texts.nameLang === "en" ? (
        <p lang="vi" className="mt-1 text-base text-slate-700 [overflow-wrap:anywhere]">
          {project.name}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600 print:mt-1 print:text-[8.5pt]">
        {t.rich("lastUpdated", {
          date: format.date(freshness.confirmedAt),
          published: format.date(project.publishedAt),
          unit: project.unitName,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {project.status === "ARCHIVED" ? (
        <p role="note" className="mt-4 rounded-md border border-slate-400 bg-slate-100 p-3 font-medium text-slate-900">
          {t("archived")}
        </p>
      ) : freshness.stale ? (
        <p role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("stale", { date: format.date(freshness.confirmedAt), days: env.FRESHNESS_PERIOD_DAYS })}
        </p>
      ) : null}

      {project.status === "PUBLISHED" ? (
        <p className="mt-4 print:hidden">
          <a
            href="#quan-tam"
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {enquiry("section.heading")}
          </a>
        </p>
      ) : null}
      <dl className="mt-6 grid grid-cols-1 gap-3 rounded-lg bg-brand-50 p-4 text-sm sm:grid-cols-2 lg:grid-cols-4 print:mt-2 print:grid-cols-4 print:gap-2 print:border print:border-slate-300 print:bg-white print:p-1.5 print:text-[8.5pt]">
        <div>
          <dt className="text-slate-600">{templateLabel("capitalTy", locale)}</dt>
          <dd className="text-lg font-semibold text-brand-900 print:text-[9pt]">{format.capital(project.capitalVnd)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{templateLabel("investmentFormCode", locale)}</dt>
          <dd className="font-semibold">{orDash(project.investmentForm ? localName(locale, project.investmentForm) : null)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("duration")}</dt>
          <dd className="font-semibold">{project.durationYears ? t("durationYears", { years: project.durationYears }) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("area")}</dt>
          <dd className="font-semibold">{locations.map((location) => location.name).join(", ")}</dd>
        </div>
      </dl>

      <ProjectSharePanel url={pageUrl} title={texts.name} />
      {english ? (
        <section aria-labelledby="gioi-thieu" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="gioi-thieu" className="text-lg font-bold text-brand-900">
            {t("about")}
          </h2>
          {texts.summaryLang === "vi" ? <p className="mt-1 text-sm italic text-slate-500">{t("vietnameseOnly")}</p> : null}
          <p lang={texts.summaryLang} className="mt-2 whitespace-pre-line text-slate-900 [overflow-wrap:anywhere]">
            {texts.summary}
          </p>
          <p className="mt-3 text-sm text-slate-600">{t("detailsInVietnamese")}</p>
        </section>
      ) : null}
      <ProjectTemplateSections project={project} />
      {point ? <ProjectMapSection point={point} projectName={project.name} tiles={mapTiles()} /> : null}
      {project.status === "PUBLISHED" ? (
        <div className="print:hidden">
          <ProjectDocuments documents={project.attachments} />
        </div>
      ) : null}
      {project.status === "PUBLISHED" ? (
        <section aria-labelledby="quan-tam" className="mt-8 rounded-lg border border-brand-100 bg-white p-4 print:hidden sm:p-6">
          <h2 id="quan-tam" className="text-xl font-bold text-brand-900">
            {enquiry("section.heading")}
          </h2>
          <p id="quan-tam-mo-ta" className="mt-1 text-sm text-slate-700">
            {enquiry("section.intro", { unit: project.unitName || enquiry("section.defaultUnit") })}
          </p>
          <InterestForm projectId={project.id} unitName={project.unitName} />
        </section>
      ) : null}
    </article>
  );
}
