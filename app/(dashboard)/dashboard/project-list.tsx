import Link from "next/link";
import { formatDate } from "@/lib/format/date";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import type { OrganizationProject } from "@/lib/projects/list-organization-projects";
import { isEditable, STATUS_LABELS } from "@/lib/projects/project-status";

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

/** The unit's project calls with their status, the board's last word and what to do next. */
export function ProjectList({ projects, staleIds }: { projects: OrganizationProject[]; staleIds: Set<string> }) {
  return (
    <>
      {projects.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Đơn vị chưa có dự án nào. Bấm “Lập hồ sơ dự án mới” để bắt đầu theo mẫu của Phụ lục.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projects.map((project) => (
            <li
              key={project.id}
              data-project-id={project.id}
              className="flex flex-col gap-2 p-4 lg:flex-row lg:items-center lg:justify-between"
            >
              <div className="min-w-0">
                <p className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{project.name || "(Chưa đặt tên dự án)"}</p>
                <p className="mt-1 text-sm text-slate-600">
                  {project.sector?.name ?? "Chưa chọn ngành"} · Thay đổi lần cuối {formatDate(project.updatedAt)}
                </p>
                {(project.status === "CHANGES_REQUESTED" ||
                  project.status === "REJECTED" ||
                  project.revisions[0]?.status === "CHANGES_REQUESTED") &&
                project.auditEvents[0]?.comment ? (
                  <p className="mt-2 rounded-md bg-orange-50 p-2 text-sm text-orange-900 [overflow-wrap:anywhere]">
                    Ban Biên tập ({formatDate(project.auditEvents[0].createdAt)}): “{project.auditEvents[0].comment}”
                  </p>
                ) : null}
              </div>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm lg:max-w-md lg:shrink-0 lg:justify-end">
                <span className={`rounded-full px-2.5 py-0.5 font-medium ${STATUS_STYLES[project.status]}`}>
                  {STATUS_LABELS[project.status]}
                </span>
                {staleIds.has(project.id) ? (
                  <span className="rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-900">Quá hạn xác nhận</span>
                ) : null}
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
