import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { EnquiryStatusBadge } from "@/components/enquiries/enquiry-thread";
import { requirePagePermission } from "@/lib/auth/current-user";
import { deleteEnquiryAction } from "@/lib/enquiries/enquiry-actions";
import { listEnquiries } from "@/lib/enquiries/enquiry-inbox";
import { formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "Đăng ký quan tâm" };

export default async function AdminEnquiriesPage() {
  const user = await requirePagePermission("enquiry:manage", "/admin/enquiries");
  const enquiries = await listEnquiries(user);
  return (
    <>
      <h1 className="mt-4 text-2xl font-bold text-brand-900">Đăng ký quan tâm của nhà đầu tư</h1>
      <p className="mt-1 text-slate-600">
        Mọi đăng ký gửi đến các đơn vị. Khi nhà đầu tư yêu cầu xóa thông tin, xóa yêu cầu tại đây: yêu cầu, các câu trả lời và thư
        liên quan trong hộp thư đi bị xóa; nhật ký chỉ ghi lại việc xóa.
      </p>
      {enquiries.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Chưa có đăng ký quan tâm nào.</p>
      ) : (
        <ul aria-label="Đăng ký quan tâm" className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {enquiries.map((enquiry) => (
            <li key={enquiry.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <Link
                  href={`/admin/enquiries/${enquiry.id}`}
                  className="font-semibold text-brand-700 underline [overflow-wrap:anywhere]"
                >
                  {enquiry.name} – {enquiry.organization}
                </Link>{" "}
                <EnquiryStatusBadge status={enquiry.status} />
                <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
                  {enquiry.email} · {enquiry.project.name} · {enquiry.project.organization.name} ·{" "}
                  {formatDateTime(enquiry.createdAt)}
                </p>
              </div>
              <ConfirmButton
                label={`Xóa yêu cầu của ${enquiry.name}`}
                question={`Xóa yêu cầu của ${enquiry.name}?`}
                details="Thông tin của nhà đầu tư, các câu trả lời và thư liên quan bị xóa hẳn, không khôi phục được."
                confirmLabel="Xóa hẳn"
                success="Đã xóa yêu cầu."
                tone="danger"
                action={deleteEnquiryAction}
                input={{ enquiryId: enquiry.id }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
