import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/date";
import { countEnquiries } from "@/lib/enquiries/enquiry-inbox";
import { listStaleProjects } from "@/lib/projects/confirm-project";
import { listOrganizationProjects } from "@/lib/projects/list-organization-projects";
import { listRecentDecisions } from "@/lib/projects/recent-decisions";
import { quarterLabel, upcomingDeadline } from "@/lib/reports/quarter";
import { DecisionNotices } from "./decision-notices";
import { ProjectList } from "./project-list";
import { StaleProjects } from "./stale-projects";

export const metadata: Metadata = { title: "Dự án của đơn vị" };

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requirePagePermission("project:file", "/dashboard");
  const [projects, stale, decisions, params, enquiries] = await Promise.all([
    listOrganizationProjects(user),
    listStaleProjects(user),
    listRecentDecisions(user),
    searchParams,
    countEnquiries(user),
  ]);
  const deadline = upcomingDeadline();
  const staleIds = new Set(stale.map((project) => project.id));
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
            Báo cáo {quarterLabel(deadline.period, true)}: hạn nộp trước ngày {formatDate(deadline.deadline)},{" "}
            {deadline.daysLeft > 0 ? `còn ${deadline.daysLeft} ngày` : "hôm nay là ngày cuối"} ·{" "}
            <Link href="/reports" className="text-brand-700 underline">
              Lập báo cáo quý
            </Link>
          </p>
          <p className="mt-1 text-sm text-slate-700">
            <Link href="/dashboard/enquiries" className="font-medium text-brand-700 underline">
              Nhà đầu tư quan tâm: {enquiries.NEW} yêu cầu mới
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
      <DecisionNotices decisions={decisions} />
      <StaleProjects stale={stale} />
      <ProjectList projects={projects} staleIds={staleIds} />
    </>
  );
}
