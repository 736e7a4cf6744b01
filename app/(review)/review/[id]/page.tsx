import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VisibilityBadge } from "@/components/project-form/attachment-list";
import { ProjectTemplateSections } from "@/components/catalogue/project-template-sections";
import { ProjectHistorySection } from "@/components/project-history-list";
import { DecisionForm } from "@/components/review/decision-form";
import { EnglishTextSection } from "@/components/review/english-text-section";
import { FieldChangesTable } from "@/components/review/field-changes-table";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { getProjectHistory } from "@/lib/projects/project-history";
import { STATUS_LABELS } from "@/lib/projects/project-status";
import { getReviewItem } from "@/lib/review/get-review-item";

export const metadata: Metadata = { title: "Duyệt hồ sơ dự án" };

export default async function ReviewSubmissionPage({ params }: PageProps<"/review/[id]">) {
  const { id } = await params;
  const reviewer = await requirePagePermission("review:decide", `/review/${id}`);
  const [project, history] = await Promise.all([getReviewItem(reviewer, id), getProjectHistory(reviewer, id)]);
  if (!project) notFound();
  const { changes, sinceRequest, revision } = project;

  return (
    <>
      <Link href="/review" className="text-sm text-brand-700 underline">
        ‹ Hồ sơ chờ duyệt
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">{project.name || "(Chưa đặt tên)"}</h1>
      <p className="mt-1 text-slate-600">
        {project.organization.name} · Trạng thái: <strong>{STATUS_LABELS[project.status]}</strong> · Gửi ngày{" "}
        {formatDate(revision?.sentAt ?? project.submittedAt)}
      </p>
      {project.waiting ? (
        <a href="#quyet-dinh" className="mt-2 inline-block text-sm font-medium text-brand-700 underline lg:hidden">
          Đến phần quyết định ↓
        </a>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          {sinceRequest ? (
            <section aria-labelledby="sau-yeu-cau" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-6">
              <h2 id="sau-yeu-cau" className="text-lg font-bold text-amber-900">
                Đơn vị đã sửa {sinceRequest.changes.length} mục sau yêu cầu chỉnh sửa ngày{" "}
                {formatDateTime(sinceRequest.requestedAt)}
              </h2>
              {sinceRequest.comment ? (
                <p className="mt-2 whitespace-pre-line text-sm text-amber-900 [overflow-wrap:anywhere]">
                  Ý kiến đã gửi{sinceRequest.requestedBy ? ` (${sinceRequest.requestedBy})` : ""}: “{sinceRequest.comment}”
                </p>
              ) : null}
              <FieldChangesTable changes={sinceRequest.changes} beforeLabel="Bản đã nhận xét" afterLabel="Bản gửi lại" />
            </section>
          ) : null}
          {changes ? (
            <section aria-labelledby="thay-doi" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-6">
              <h2 id="thay-doi" className="text-lg font-bold text-amber-900">
                Bản cập nhật chờ duyệt: {changes.length} thay đổi so với bản đang công bố
              </h2>
              <FieldChangesTable changes={changes} beforeLabel="Đang công bố" afterLabel="Đề nghị cập nhật" />
              <p className="mt-3 text-sm text-amber-900">Bên dưới là bản đang công bố.</p>
            </section>
          ) : null}
          <ProjectTemplateSections project={project} />
          <EnglishTextSection project={project} />
          <section aria-labelledby="tep" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="tep" className="text-lg font-bold text-brand-900">
              Tài liệu đính kèm
            </h2>
            {project.attachments.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Không có tệp đính kèm.</p>
            ) : (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {project.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/attachments/${file.id}`} className="text-brand-700 underline [overflow-wrap:anywhere]">
                      {file.originalName}
                    </a>{" "}
                    <VisibilityBadge isPublic={file.isPublic} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="space-y-6">
          {project.waiting ? (
            <DecisionForm
              seen={{
                projectId: project.id,
                version: project.version,
                revisionId: revision?.id,
                revisionVersion: revision?.version,
              }}
            />
          ) : (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
              Hồ sơ không ở trạng thái chờ duyệt nên không có quyết định nào cần đưa ra.
            </p>
          )}
          <ProjectHistorySection history={history} />
        </aside>
      </div>
    </>
  );
}
