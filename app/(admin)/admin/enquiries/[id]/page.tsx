import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnquiryThread } from "@/components/enquiries/enquiry-thread";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getEnquiry } from "@/lib/enquiries/enquiry-inbox";

export const metadata: Metadata = { title: "Đăng ký quan tâm" };

export default async function AdminEnquiryPage({ params }: PageProps<"/admin/enquiries/[id]">) {
  const { id } = await params;
  const user = await requirePagePermission("enquiry:manage", `/admin/enquiries/${id}`);
  const enquiry = await getEnquiry(user, id);
  if (!enquiry) notFound();
  return (
    <>
      <Link href="/admin/enquiries" className="mt-4 inline-block text-sm text-brand-700 underline">
        ‹ Đăng ký quan tâm
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">
        {enquiry.name} – {enquiry.organization}
      </h1>
      <p className="mt-1 text-sm text-slate-600">Đơn vị nhận: {enquiry.project.organization.name}</p>
      <EnquiryThread enquiry={enquiry} />
    </>
  );
}
