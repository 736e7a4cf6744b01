import Link from "next/link";
import type { getEnquiry } from "@/lib/enquiries/enquiry-inbox";
import { ENQUIRY_STATUS_LABELS } from "@/lib/enquiries/enquiry-status";
import { formatDateTime } from "@/lib/format/date";

type Enquiry = NonNullable<Awaited<ReturnType<typeof getEnquiry>>>;

export function EnquiryStatusBadge({ status }: { status: Enquiry["status"] }) {
  const tone = {
    NEW: "bg-amber-100 text-amber-900",
    ANSWERED: "bg-emerald-100 text-emerald-900",
    CLOSED: "bg-slate-200 text-slate-700",
  }[status];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{ENQUIRY_STATUS_LABELS[status]}</span>;
}

/** One enquiry as the unit (or an admin) reads it: the investor, their message, and the answers so far. */
export function EnquiryThread({ enquiry }: { enquiry: Enquiry }) {
  return (
    <>
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Dự án</dt>
          <dd className="font-medium [overflow-wrap:anywhere]">
            {enquiry.project.slug ? (
              <Link href={`/projects/${enquiry.project.slug}`} className="text-brand-700 underline">
                {enquiry.project.name}
              </Link>
            ) : (
              enquiry.project.name
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Trạng thái</dt>
          <dd>
            <EnquiryStatusBadge status={enquiry.status} />
          </dd>
        </div>
        {(
          [
            ["Họ và tên", enquiry.name],
            ["Tổ chức", enquiry.organization],
            ["Quốc gia", enquiry.country],
            ["Email", enquiry.email],
            ["Điện thoại", enquiry.phone || "—"],
            ["Nhận lúc", formatDateTime(enquiry.createdAt)],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      <ol aria-label="Trao đổi" className="mt-4 space-y-3">
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-600">
            {enquiry.name} · {formatDateTime(enquiry.createdAt)}
          </p>
          <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{enquiry.message}</p>
        </li>
        {enquiry.replies.map((reply) => (
          <li key={reply.id} className="rounded-lg border border-brand-100 bg-brand-50 p-4 sm:ml-8">
            <p className="text-sm text-slate-600">
              Trả lời của {reply.author?.name ?? "đơn vị"} · {formatDateTime(reply.createdAt)}
            </p>
            <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{reply.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
