import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ProjectSummary } from "@/lib/catalogue/search-catalogue";
import { COMPARE_PARAM } from "@/lib/compare/compare-names";
import { localeFormat } from "@/lib/format/locale-format";
import { localName, projectTexts } from "@/lib/i18n/local-text";
import { localHref } from "@/lib/i18n/locales";
import { projectFreshness } from "@/lib/projects/freshness";

function excerpt(text: string, length = 220): string {
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, "")}…` : text;
}

/** `compareForm`: the id of the form a "So sánh" box on the card belongs to; without it, no box. */
export async function ProjectCard({
  project,
  headingLevel = 3,
  compareForm,
}: {
  project: ProjectSummary;
  headingLevel?: 2 | 3;
  compareForm?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalogue.card")]);
  const format = localeFormat(locale);
  const texts = projectTexts(locale, project);
  const vietnameseOnly = locale !== "vi" && (texts.nameLang === "vi" || texts.summaryLang === "vi");
  const locations = project.locations
    .map(({ location }) => location)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((location) => location.name)
    .join(", ");
  const freshness = projectFreshness(project);
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600 sm:p-5">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-brand-700">
        {project.sector ? localName(locale, project.sector) : null}
      </p>
      <Heading lang={texts.nameLang} className="text-lg font-semibold leading-snug text-slate-900 [overflow-wrap:anywhere]">
        <Link href={localHref(locale, `/projects/${project.slug}`)} className="hover:text-brand-700 hover:underline">
          {texts.name}
        </Link>
      </Heading>
      {vietnameseOnly ? <p className="mt-1 text-xs italic text-slate-500">{t("vietnameseOnly")}</p> : null}
      <p lang={texts.summaryLang} className="mt-2 text-sm text-slate-600 [overflow-wrap:anywhere]">
        {excerpt(texts.summary)}
      </p>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-500">{t("capital")}</dt>
          <dd className="inline font-semibold text-slate-900">{format.capital(project.capitalVnd)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">{t("form")}</dt>
          <dd className="inline">{project.investmentForm ? localName(locale, project.investmentForm) : null}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline text-slate-500">{t("location")}</dt>
          <dd className="inline">{locations}</dd>
        </div>
      </dl>
      {freshness.stale ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900">
          {t("stale", { date: format.date(freshness.confirmedAt) })}
        </p>
      ) : null}
      <p className="mt-auto pt-3 text-xs text-slate-500">
        {project.unitName} · {t("published", { date: format.date(project.publishedAt) })}
      </p>
      {compareForm ? (
        <label className="mt-3 inline-flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-700 has-disabled:cursor-not-allowed has-disabled:opacity-60 print:hidden">
          <input
            type="checkbox"
            name={COMPARE_PARAM}
            value={project.slug!}
            form={compareForm}
            aria-label={t("compareProject", { name: project.name })}
            className="h-4 w-4 accent-brand-700"
          />
          {t("compare")}
        </label>
      ) : null}
    </article>
  );
}
