import Link from "next/link";
import type { listEnquiries } from "@/lib/enquiries/enquiry-inbox";
import { formatDateTime } from "@/lib/format/date";
import { EnquiryStatusBadge } from "./enquiry-thread";

type Row = Awaited<ReturnType<typeof listEnquiries>>[number];

/** The inbox's rows: who, about which call, when, and where it stands. */
export function EnquiryList({ enquiries, basePath, showUnit }: { enquiries: Row[]; basePath: string; showUnit?: boolean }) {
  if (enquiries.length === 0) {
    return <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Chưa có đăng ký quan tâm nào.</p>;
  }
  return (
    <ul aria-label="Đăng ký quan tâm" className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {enquiries.map((enquiry) => (
        <li key={enquiry.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <Link href={`${basePath}/${enquiry.id}`} className="font-semibold text-brand-700 underline [overflow-wrap:anywhere]">
              {enquiry.name} – {enquiry.organization}
            </Link>
            <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
              {enquiry.project.name}
              {showUnit ? ` · ${enquiry.project.organization.name}` : ""} · {enquiry.country} ·{" "}
              {formatDateTime(enquiry.createdAt)}
            </p>
          </div>
          <EnquiryStatusBadge status={enquiry.status} />
        </li>
      ))}
    </ul>
  );
}
