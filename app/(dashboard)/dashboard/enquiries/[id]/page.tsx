import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnquiryThread } from "@/components/enquiries/enquiry-thread";
import { ReplyForm } from "@/components/enquiries/reply-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getEnquiry } from "@/lib/enquiries/enquiry-inbox";

export const metadata: Metadata = { title: "Đăng ký quan tâm" };

export default async function EnquiryPage({ params }: PageProps<"/dashboard/enquiries/[id]">) {
  const { id } = await params;
  const user = await requirePagePermission("enquiry:answer", `/dashboard/enquiries/${id}`);
  const enquiry = await getEnquiry(user, id);
  if (!enquiry) notFound();
  return (
    <>
      <Link href="/dashboard/enquiries" className="text-sm text-brand-700 underline">
        ‹ Nhà đầu tư quan tâm
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">
        {enquiry.name} – {enquiry.organization}
      </h1>
      <EnquiryThread enquiry={enquiry} />
      <ReplyForm enquiryId={enquiry.id} closed={enquiry.status === "CLOSED"} />
    </>
  );
}
