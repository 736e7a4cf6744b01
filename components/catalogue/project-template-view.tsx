import Link from "next/link";
import { env } from "@/lib/env";
import type { PublishedProject } from "@/lib/catalogue/public-project-page";
import { formatDate } from "@/lib/format/date";
import { formatCapital, formatNumber } from "@/lib/format/money";
import { projectFreshness } from "@/lib/projects/freshness";
import { ProjectTemplateSections, orDash } from "./project-template-sections";

export function ProjectTemplateView({ project }: { project: PublishedProject }) {
  const confirmedAt = project.lastConfirmedAt ?? project.publishedAt ?? project.updatedAt;
  const freshness = projectFreshness(confirmedAt, env.FRESHNESS_PERIOD_DAYS);
  const locations = project.locations.map(({ location }) => location);

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
      {project.status === "ARCHIVED" ? (
        <p role="note" className="mt-4 rounded-md border border-slate-400 bg-slate-100 p-3 font-medium text-slate-900">
          Lời kêu gọi đầu tư này đã kết thúc: đơn vị đề xuất đã rút dự án khỏi danh mục. Thông tin dưới đây chỉ để tham khảo.
        </p>
      ) : freshness.stale ? (
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

      <ProjectTemplateSections project={project} />
    </article>
  );
}
