import type { Metadata } from "next";
import Link from "next/link";
import { EnquiryList } from "@/components/enquiries/enquiry-list";
import { requirePagePermission } from "@/lib/auth/current-user";
import { countEnquiries, listEnquiries } from "@/lib/enquiries/enquiry-inbox";
import { ENQUIRY_STATUSES, ENQUIRY_STATUS_LABELS } from "@/lib/enquiries/enquiry-status";

export const metadata: Metadata = { title: "Nhà đầu tư quan tâm" };

export default async function EnquiryInboxPage({ searchParams }: PageProps<"/dashboard/enquiries">) {
  const user = await requirePagePermission("enquiry:answer", "/dashboard/enquiries");
  const { status: wanted } = await searchParams;
  const status = ENQUIRY_STATUSES.find((candidate) => candidate.toLowerCase() === wanted);
  const [enquiries, counts] = await Promise.all([listEnquiries(user, status), countEnquiries(user)]);
  const tabs = [
    { key: undefined, label: "Tất cả" },
    ...ENQUIRY_STATUSES.map((key) => ({ key, label: ENQUIRY_STATUS_LABELS[key] })),
  ];
  return (
    <>
      <Link href="/dashboard" className="text-sm text-brand-700 underline">
        ‹ Dự án của đơn vị
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Nhà đầu tư quan tâm</h1>
      <p className="mt-1 text-slate-600">
        Đăng ký “Quan tâm dự án này” gửi đến các dự án của {user.organizationName ?? "đơn vị"}. Thông tin của nhà đầu tư chỉ đơn
        vị và quản trị cổng thông tin xem được.
      </p>
      <nav aria-label="Lọc theo trạng thái" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {tabs.map((tab) => (
            <li key={tab.label}>
              <Link
                href={tab.key ? `/dashboard/enquiries?status=${tab.key.toLowerCase()}` : "/dashboard/enquiries"}
                aria-current={tab.key === status ? "page" : undefined}
                className="block rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {tab.label}
                {tab.key ? ` (${counts[tab.key]})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <EnquiryList enquiries={enquiries} basePath="/dashboard/enquiries" />
    </>
  );
}
