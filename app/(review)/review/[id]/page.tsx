import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectTemplateSections } from "@/components/catalogue/project-template-sections";
import { ProjectHistorySection } from "@/components/project-history-list";
import { DecisionForm } from "@/components/review/decision-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/date";
import { getProjectHistory } from "@/lib/projects/project-history";
import { STATUS_LABELS } from "@/lib/projects/project-status";
import { getSubmission } from "@/lib/review/get-submission";
import { getRevisionChanges } from "@/lib/review/get-revision-changes";

export const metadata: Metadata = { title: "Duyệt hồ sơ dự án" };

export default async function ReviewSubmissionPage({ params }: PageProps<"/review/[id]">) {
  const { id } = await params;
  await requirePagePermission("review:decide", `/review/${id}`);
  const [project, history, changes] = await Promise.all([getSubmission(id), getProjectHistory(id), getRevisionChanges(id)]);
  if (!project) notFound();
  const waiting = project.status === "SUBMITTED" || changes !== null;

  return (
    <>
      <Link href="/review" className="text-sm text-brand-700 underline">
        ‹ Hồ sơ chờ duyệt
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">{project.name || "(Chưa đặt tên)"}</h1>
      <p className="mt-1 text-slate-600">
        {project.organization.name} · Trạng thái: <strong>{STATUS_LABELS[project.status]}</strong> · Gửi ngày{" "}
        {formatDate(project.submittedAt)}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div>
          {changes ? (
            <section aria-labelledby="thay-doi" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-6">
              <h2 id="thay-doi" className="text-lg font-bold text-amber-900">
                Bản cập nhật chờ duyệt: {changes.length} thay đổi so với bản đang công bố
              </h2>
              <table className="mt-3 w-full table-fixed border-collapse text-sm">
                <thead>
                  <tr className="text-left text-slate-700">
                    <th scope="col" className="w-1/4 border-b border-amber-200 py-2 pr-2">Mục</th>
                    <th scope="col" className="border-b border-amber-200 py-2 pr-2">Đang công bố</th>
                    <th scope="col" className="border-b border-amber-200 py-2">Đề nghị cập nhật</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.field} className="align-top">
                      <th scope="row" className="border-b border-amber-100 py-2 pr-2 text-left font-medium text-slate-800">{change.label}</th>
                      <td className="whitespace-pre-line border-b border-amber-100 py-2 pr-2 text-slate-600 line-through [overflow-wrap:anywhere]">{change.before || "—"}</td>
                      <td className="whitespace-pre-line border-b border-amber-100 py-2 font-medium text-slate-900 [overflow-wrap:anywhere]">{change.after || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-3 text-sm text-amber-900">Bên dưới là bản đang công bố.</p>
            </section>
          ) : null}
          <ProjectTemplateSections project={project} />
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
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="space-y-6">
          {waiting ? (
            <DecisionForm projectId={project.id} version={project.version} />
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
