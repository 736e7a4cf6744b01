import Link from "next/link";
import type { ReactNode } from "react";
import type { ProjectTemplateData } from "@/lib/catalogue/public-project-page";
import { formatCapital, formatNumber, formatUsd } from "@/lib/format/money";
import { PROJECT_LABELS, SECTION_II_TITLE, SECTION_I_TITLE, UNIT_LABELS } from "@/lib/projects/template-labels";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-100 py-3 sm:grid sm:grid-cols-[16rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 whitespace-pre-line text-slate-900 [overflow-wrap:anywhere] sm:mt-0">{children}</dd>
    </div>
  );
}

export function orDash(text: string | null | undefined): string {
  return text && text.trim() !== "" ? text : "—";
}

function websiteHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Sections I and II of the official template, every field under its exact label, in order. */
export function ProjectTemplateSections({ project }: { project: ProjectTemplateData }) {
  const locations = project.locations.map(({ location }) => location);
  const website = websiteHref(project.unitWebsite);
  const usd = formatUsd(project.capitalUsd);
  return (
    <>
      <section aria-labelledby="muc-1" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="muc-1" className="text-lg font-bold text-brand-900">
          {SECTION_I_TITLE}
        </h2>
        <dl className="mt-3">
          <Field label={UNIT_LABELS.unitName}>{orDash(project.unitName)}</Field>
          <Field label={UNIT_LABELS.unitAddress}>{orDash(project.unitAddress)}</Field>
          <Field label={UNIT_LABELS.unitPhone}>{orDash(project.unitPhone)}</Field>
          <Field label={UNIT_LABELS.unitFax}>{orDash(project.unitFax)}</Field>
          <Field label={UNIT_LABELS.unitEmail}>
            {project.unitEmail ? <a href={`mailto:${project.unitEmail}`} className="text-brand-700 underline">{project.unitEmail}</a> : "—"}
          </Field>
          <Field label={UNIT_LABELS.unitWebsite}>
            {website ? (
              <a href={website} className="text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                {project.unitWebsite}
              </a>
            ) : (
              orDash(project.unitWebsite)
            )}
          </Field>
          <Field label={UNIT_LABELS.contactName}>{orDash(project.contactName)}</Field>
          <Field label={UNIT_LABELS.contactTitle}>{orDash(project.contactTitle)}</Field>
        </dl>
      </section>

      <section aria-labelledby="muc-2" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="muc-2" className="text-lg font-bold text-brand-900">
          {SECTION_II_TITLE}
        </h2>
        <dl className="mt-3">
          <Field label={PROJECT_LABELS.sector}>{orDash(project.sector?.name)}</Field>
          <Field label={PROJECT_LABELS.name}>{project.name}</Field>
          <Field label={PROJECT_LABELS.objectives}>{orDash(project.objectives)}</Field>
          <Field label={PROJECT_LABELS.investmentForm}>{orDash(project.investmentForm?.name)}</Field>
          <Field label={PROJECT_LABELS.size}>
            <span className="block">
              {PROJECT_LABELS.capital}: <strong>{formatCapital(project.capitalVnd)}</strong>
              {usd ? ` (khoảng ${usd})` : ""}
            </span>
            <span className="block">
              {PROJECT_LABELS.scale}: {orDash(project.scale)}
            </span>
            {project.areaHa !== null ? (
              <span className="block">
                {PROJECT_LABELS.area}: {formatNumber(project.areaHa)} ha
              </span>
            ) : null}
          </Field>
          <Field label={PROJECT_LABELS.durationAndPlan}>
            <span className="block">
              {PROJECT_LABELS.duration}: {project.durationYears ?? "—"}
            </span>
            <span className="block">
              {PROJECT_LABELS.implementationPlan}: {orDash(project.implementationPlan)}
            </span>
          </Field>
          <Field label={PROJECT_LABELS.legalBasis}>{orDash(project.legalBasis)}</Field>
          <Field label={PROJECT_LABELS.location}>
            <span className="block">{orDash(project.locationText)}</span>
            <span className="mt-1 block text-sm text-slate-600">
              Địa bàn:{" "}
              {locations.map((location, index) => (
                <span key={location.code}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/projects?location=${location.code}`} className="text-brand-700 underline">
                    {location.name}
                  </Link>
                </span>
              ))}
            </span>
          </Field>
          <Field label={PROJECT_LABELS.infrastructure}>{orDash(project.infrastructure)}</Field>
          <Field label={PROJECT_LABELS.incentives}>{orDash(project.incentives)}</Field>
          <Field label={PROJECT_LABELS.socialEfficiency}>{orDash(project.socialEfficiency)}</Field>
          <Field label={PROJECT_LABELS.dossierSubmission}>{orDash(project.dossierSubmission)}</Field>
        </dl>
      </section>
    </>
  );
}
