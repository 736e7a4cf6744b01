import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmCurrentButton } from "@/components/dashboard/confirm-current-button";
import { requirePagePermission } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { listStaleProjects } from "@/lib/projects/confirm-project";
import { DECISION_NOTICES, listRecentDecisions } from "@/lib/projects/recent-decisions";
import { formatDateTime } from "@/lib/format/date";
import { quarterLabel, upcomingDeadline } from "@/lib/reports/quarter";
import { formatDate } from "@/lib/format/date";
import { listOrganizationProjects, type OrganizationProject } from "@/lib/projects/list-organization-projects";
import { isEditable, STATUS_LABELS } from "@/lib/projects/project-status";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Dự án của đơn vị" };

const STATUS_STYLES: Record<ProjectStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-orange-100 text-orange-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  ARCHIVED: "bg-slate-200 text-slate-700",
};

function NextStep({ project }: { project: OrganizationProject }) {
  if (isEditable(project.status)) {
    return (
      <Link href={`/dashboard/projects/${project.id}`} className="font-medium text-brand-700 underline">
        {project.status === "DRAFT" ? "Tiếp tục soạn" : "Chỉnh sửa và gửi lại"}
      </Link>
    );
  }
  if (project.status === "PUBLISHED" && project.slug) {
    return (
      <span className="flex gap-3">
        <Link href={`/projects/${project.slug}`} className="font-medium text-brand-700 underline">
          Xem trang công khai
        </Link>
        <Link href={`/dashboard/projects/${project.id}`} className="font-medium text-brand-700 underline">
          Cập nhật
        </Link>
      </span>
    );
  }
  return (
    <Link href={`/dashboard/projects/${project.id}`} className="font-medium text-brand-700 underline">
      Xem
    </Link>
  );
}

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requirePagePermission("project:file", "/dashboard");
  const [projects, stale, decisions, params] = await Promise.all([
    listOrganizationProjects(user),
    listStaleProjects(user, env.FRESHNESS_PERIOD_DAYS),
    listRecentDecisions(user),
    searchParams,
  ]);
  const deadline = upcomingDeadline();
  const submitted = projects.find(
    (project) =>
      project.id === params.submitted && (project.status === "SUBMITTED" || project.revisions[0]?.status === "SUBMITTED"),
  );
  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold text-brand-900">Dự án của đơn vị</h1>
          <p className="mt-1 text-slate-600">{user.organizationName}</p>
          <p className="mt-1 text-sm text-slate-700">
            Báo cáo {quarterLabel(deadline.period)}: hạn nộp {formatDate(deadline.deadline)}, còn {deadline.daysLeft} ngày ·{" "}
            <Link href="/reports" className="text-brand-700 underline">
              Lập báo cáo quý
            </Link>
          </p>
        </div>
        <Link
          href="/dashboard/projects/new"
          className="inline-block rounded-md bg-brand-700 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-800"
        >
          + Lập hồ sơ dự án mới
        </Link>
      </div>
      {submitted ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Đã gửi hồ sơ “{submitted.name}” đến Ban Biên tập. Trạng thái: Chờ duyệt.
        </p>
      ) : null}
      {decisions.length > 0 ? (
        <section aria-labelledby="thong-bao" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="thong-bao" className="font-bold text-brand-900">
            Thông báo từ Ban Biên tập (30 ngày qua)
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {decisions.map((decision) => (
              <li key={decision.id} className="[overflow-wrap:anywhere]">
                <span className="text-slate-500">{formatDateTime(decision.createdAt)}</span> ·{" "}
                <Link href={`/dashboard/projects/${decision.project?.id}`} className="font-medium text-brand-800 underline">
                  {decision.project?.name}
                </Link>{" "}
                {DECISION_NOTICES[decision.action]}
                {decision.comment ? <span className="text-slate-700">: “{decision.comment}”</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {stale.length > 0 ? (
        <section aria-labelledby="can-xac-nhan" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="can-xac-nhan" className="font-bold text-amber-900">
            Cần xác nhận thông tin ({stale.length})
          </h2>
          <p className="mt-1 text-sm text-amber-900">
            Các dự án dưới đây đã hơn {env.FRESHNESS_PERIOD_DAYS} ngày chưa được xác nhận. Nhà đầu tư thấy cảnh báo “thông tin
            có thể đã cũ” trên trang dự án cho đến khi đơn vị xác nhận hoặc cập nhật.
          </p>
          <ul className="mt-3 space-y-3">
            {stale.map((project) => (
              <li key={project.id} className="flex flex-col gap-2 rounded-md bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <Link href={`/projects/${project.slug}`} className="font-medium text-brand-800 underline">
                    {project.name}
                  </Link>
                  <span className="block text-sm text-slate-600">Xác nhận lần cuối {formatDate(project.lastConfirmedAt)}</span>
                </span>
                <span className="flex items-center gap-3">
                  <ConfirmCurrentButton projectId={project.id} version={project.version} name={project.name} />
                  <Link href={`/dashboard/projects/${project.id}`} className="text-sm font-medium text-brand-700 underline">
                    Cập nhật<span className="sr-only"> dự án {project.name}</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {projects.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Đơn vị chưa có dự án nào. Bấm “Lập hồ sơ dự án mới” để bắt đầu theo mẫu của Phụ lục.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projects.map((project) => (
            <li key={project.id} data-project-id={project.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{project.name || "(Chưa đặt tên dự án)"}</p>
                <p className="mt-1 text-sm text-slate-600">
                  {project.sector?.name ?? "Chưa chọn ngành"} · Thay đổi lần cuối {formatDate(project.updatedAt)}
                </p>
                {(project.status === "CHANGES_REQUESTED" || project.status === "REJECTED" || project.revisions[0]?.status === "CHANGES_REQUESTED") &&
                project.auditEvents[0]?.comment ? (
                  <p className="mt-2 rounded-md bg-orange-50 p-2 text-sm text-orange-900 [overflow-wrap:anywhere]">
                    Ban Biên tập ({formatDate(project.auditEvents[0].createdAt)}): “{project.auditEvents[0].comment}”
                  </p>
                ) : null}
              </div>
              <div className="flex shrink-0 items-center gap-4 text-sm">
                <span className={`rounded-full px-2.5 py-0.5 font-medium ${STATUS_STYLES[project.status]}`}>
                  {STATUS_LABELS[project.status]}
                </span>
                {project.revisions[0] ? (
                  <span className={`rounded-full px-2.5 py-0.5 font-medium ${STATUS_STYLES[project.revisions[0].status]}`}>
                    Bản cập nhật: {STATUS_LABELS[project.revisions[0].status]}
                  </span>
                ) : null}
                <NextStep project={project} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
