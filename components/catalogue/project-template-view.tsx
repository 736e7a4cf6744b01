import Link from "next/link";
import { env } from "@/lib/env";
import type { PublishedProject } from "@/lib/catalogue/public-project-page";
import { formatDate } from "@/lib/format/date";
import { formatCapital } from "@/lib/format/money";
import { projectFreshness } from "@/lib/projects/freshness";
import { InterestForm } from "@/components/enquiries/interest-form";
import { ProjectPrintHeader } from "@/components/sharing/project-print-header";
import { ProjectSharePanel } from "@/components/sharing/project-share-panel";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";
import { ProjectDocuments } from "./project-documents";
import { ProjectTemplateSections, orDash } from "./project-template-sections";
import { templateField } from "@/lib/template/fields";
import { ProjectMapSection } from "@/components/maps/project-map-section";
import { mapPointOf } from "@/lib/maps/map-point";
import { mapTiles } from "@/lib/maps/map-tiles";

/**
 * A project's public page. Printed, it is a one-page sheet: the print header (portal, address, QR code),
 * the key figures and the template's sections with the unit's contact; navigation, sharing, documents
 * and the enquiry form stay on screen.
 */
export function ProjectTemplateView({
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

  return (
    <article className="print:text-[8.5pt] print:leading-snug">
      <ProjectPrintHeader url={pageUrl} settings={settings} />
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600 print:hidden">
        <Link href="/" className="hover:underline">
          Trang chủ
        </Link>{" "}
        ›{" "}
        <Link href="/projects" className="hover:underline">
          Dự án kêu gọi đầu tư
        </Link>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700 print:mt-2">
        {project.sector ? (
          <Link href={`/projects?sector=${project.sector.code}`} className="hover:underline">
            {project.sector.name}
          </Link>
        ) : null}
      </p>
      <h1 className="mt-1 text-2xl font-bold leading-tight text-brand-900 [overflow-wrap:anywhere] sm:text-3xl print:text-[15pt]">
        {project.name}
      </h1>
      <p className="mt-2 text-sm text-slate-600 print:mt-1 print:text-[8.5pt]">
        Cập nhật lần cuối: <strong>{formatDate(freshness.confirmedAt)}</strong> · Công bố: {formatDate(project.publishedAt)} · Đơn
        vị đề xuất: {project.unitName}
      </p>
      {project.status === "ARCHIVED" ? (
        <p role="note" className="mt-4 rounded-md border border-slate-400 bg-slate-100 p-3 font-medium text-slate-900">
          Lời kêu gọi đầu tư này đã kết thúc: đơn vị đề xuất đã rút dự án khỏi danh mục. Thông tin dưới đây chỉ để tham khảo.
        </p>
      ) : freshness.stale ? (
        <p role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Thông tin dự án chưa được đơn vị đề xuất xác nhận lại từ ngày {formatDate(freshness.confirmedAt)}, đã quá thời hạn{" "}
          {env.FRESHNESS_PERIOD_DAYS} ngày. Nhà đầu tư nên liên hệ đơn vị để kiểm tra thông tin mới nhất.
        </p>
      ) : null}

      {project.status === "PUBLISHED" ? (
        <p className="mt-4 print:hidden">
          <a
            href="#quan-tam"
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Quan tâm dự án này
          </a>
        </p>
      ) : null}
      <dl className="mt-6 grid grid-cols-1 gap-3 rounded-lg bg-brand-50 p-4 text-sm sm:grid-cols-2 lg:grid-cols-4 print:mt-2 print:grid-cols-4 print:gap-2 print:border print:border-slate-300 print:bg-white print:p-1.5 print:text-[8.5pt]">
        <div>
          <dt className="text-slate-600">{templateField("capitalTy").label}</dt>
          <dd className="text-lg font-semibold text-brand-900 print:text-[9pt]">{formatCapital(project.capitalVnd)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{templateField("investmentFormCode").label}</dt>
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

      <ProjectSharePanel url={pageUrl} title={project.name} />
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
            Quan tâm dự án này
          </h2>
          <p id="quan-tam-mo-ta" className="mt-1 text-sm text-slate-700">
            Gửi thông tin của Ông/Bà đến {project.unitName || "đơn vị đề xuất dự án"}; đơn vị trả lời qua email.
          </p>
          <InterestForm projectId={project.id} unitName={project.unitName} />
        </section>
      ) : null}
    </article>
  );
}
