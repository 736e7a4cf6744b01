import Link from "next/link";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import type { PublishedProject } from "@/lib/catalogue/get-published-project";
import { formatDate } from "@/lib/format/date";
import { formatCapital, formatNumber, formatUsd } from "@/lib/format/money";
import { projectFreshness } from "@/lib/projects/freshness";
import { PROJECT_LABELS, SECTION_II_TITLE, SECTION_I_TITLE, UNIT_LABELS } from "@/lib/projects/template-labels";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-100 py-3 sm:grid sm:grid-cols-[16rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 whitespace-pre-line text-slate-900 [overflow-wrap:anywhere] sm:mt-0">{children}</dd>
    </div>
  );
}

function orDash(text: string | null | undefined): string {
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

export function ProjectTemplateView({ project }: { project: PublishedProject }) {
  const confirmedAt = project.lastConfirmedAt ?? project.publishedAt ?? project.updatedAt;
  const freshness = projectFreshness(confirmedAt, env.FRESHNESS_PERIOD_DAYS);
  const locations = project.locations.map(({ location }) => location);
  const website = websiteHref(project.unitWebsite);
  const usd = formatUsd(project.capitalUsd);

  return (
    <article>
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href="/" className="hover:underline">
          Trang chủ
        </Link>{" "}
        ›{" "}
        <Link href="/projects" className="hover:underline">
          Dự án kêu gọi đầu tư
        </Link>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700">
        {project.sector ? (
          <Link href={`/projects?sector=${project.sector.code}`} className="hover:underline">
            {project.sector.name}
          </Link>
        ) : null}
      </p>
      <h1 className="mt-1 text-2xl font-bold leading-tight text-brand-900 [overflow-wrap:anywhere] sm:text-3xl">{project.name}</h1>
      <p className="mt-2 text-sm text-slate-600">
        Cập nhật lần cuối: <strong>{formatDate(confirmedAt)}</strong> · Công bố: {formatDate(project.publishedAt)} · Đơn vị
        đề xuất: {project.unitName}
      </p>
      {freshness.stale ? (
        <p role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Thông tin dự án đã {formatNumber(freshness.ageDays)} ngày chưa được đơn vị đề xuất xác nhận lại (quá{" "}
          {env.FRESHNESS_PERIOD_DAYS} ngày). Nhà đầu tư nên liên hệ đơn vị để kiểm tra thông tin mới nhất.
        </p>
      ) : null}

      <dl className="mt-6 grid grid-cols-1 gap-3 rounded-lg bg-brand-50 p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-600">Tổng vốn đầu tư dự kiến</dt>
          <dd className="text-lg font-semibold text-brand-900">{formatCapital(project.capitalVnd)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Hình thức đầu tư</dt>
          <dd className="font-semibold">{orDash(project.investmentForm?.name)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Thời hạn</dt>
          <dd className="font-semibold">{project.durationYears ? `${project.durationYears} năm` : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Địa bàn</dt>
          <dd className="font-semibold">{locations.map((location) => location.name).join(", ")}</dd>
        </div>
      </dl>

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
    </article>
  );
}
