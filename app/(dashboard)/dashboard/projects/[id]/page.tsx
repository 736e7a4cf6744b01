import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WithdrawForm } from "@/components/dashboard/withdraw-form";
import { ProjectHistorySection } from "@/components/project-history-list";
import { ProjectForm } from "@/components/project-form/project-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { mapTiles } from "@/lib/maps/map-tiles";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { formatDate } from "@/lib/format/date";
import { getOwnProject } from "@/lib/projects/get-own-project";
import { getProjectHistory } from "@/lib/projects/project-history";
import { revisionToFormValues } from "@/lib/projects/project-revision";
import { columnsToFormValues } from "@/lib/projects/project-form-mapping";
import { FORM_STEP_COUNT } from "@/lib/projects/project-form-schema";
import { isEditable, STATUS_LABELS } from "@/lib/projects/project-status";

export const metadata: Metadata = { title: "Hồ sơ dự án" };

export default async function OwnProjectPage({ params }: PageProps<"/dashboard/projects/[id]">) {
  const { id } = await params;
  const user = await requirePagePermission("project:file", `/dashboard/projects/${id}`);
  const [project, reference] = await Promise.all([getOwnProject(user, id), getReferenceData()]);
  if (!project) notFound();
  const history = await getProjectHistory(user, project.id);
  const revision = project.openRevision;

  return (
    <>
      <Link href="/dashboard" className="text-sm text-brand-700 underline">
        ‹ Dự án của đơn vị
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">{project.name || "Hồ sơ dự án (nháp)"}</h1>
      <p className="mt-1 text-slate-600">
        Trạng thái: <strong>{STATUS_LABELS[project.status]}</strong> · Thay đổi lần cuối {formatDate(project.updatedAt)}
      </p>
      {isEditable(project.status) ? (
        <ProjectForm
          projectId={project.id}
          version={project.version}
          initialStep={project.status === "CHANGES_REQUESTED" ? 1 : Math.min(project.formStep + 1, FORM_STEP_COUNT)}
          initialValues={columnsToFormValues(project)}
          attachments={project.attachments}
          options={reference}
          tiles={mapTiles()}
          reviewerComment={project.status === "CHANGES_REQUESTED" ? project.auditEvents[0]?.comment : null}
        />
      ) : project.status === "PUBLISHED" && revision?.status !== "SUBMITTED" ? (
        <>
          <p className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">
            Dự án đang được công bố. Nội dung sửa ở đây được gửi Ban Biên tập duyệt lại; trong lúc chờ, bản đã công bố vẫn hiển
            thị công khai.
          </p>
          <ProjectForm
            projectId={project.id}
            version={project.version}
            initialStep={1}
            initialValues={
              revision ? revisionToFormValues(revision.data, columnsToFormValues(project)) : columnsToFormValues(project)
            }
            attachments={project.attachments}
            options={reference}
            tiles={mapTiles()}
            reviewerComment={revision?.status === "CHANGES_REQUESTED" ? project.revisionComment : null}
            revision
          />
        </>
      ) : (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          {project.status === "SUBMITTED"
            ? `Hồ sơ đã được gửi ngày ${formatDate(project.submittedAt)} và đang chờ Ban Biên tập duyệt. Hồ sơ không sửa được trong lúc chờ duyệt.`
            : project.status === "PUBLISHED" && project.slug
              ? "Bản cập nhật của dự án đang chờ Ban Biên tập duyệt; bản đã công bố vẫn hiển thị công khai."
              : project.status === "ARCHIVED"
                ? "Dự án đã được rút khỏi danh mục."
                : "Hồ sơ này không còn chỉnh sửa được."}{" "}
          {project.status === "PUBLISHED" && project.slug ? (
            <Link href={`/projects/${project.slug}`} className="text-brand-700 underline">
              Xem trang công khai
            </Link>
          ) : null}
        </p>
      )}
      {project.status === "PUBLISHED" ? <WithdrawForm projectId={project.id} version={project.version} /> : null}
      <ProjectHistorySection history={history} className="mt-8 sm:p-6" />
    </>
  );
}
