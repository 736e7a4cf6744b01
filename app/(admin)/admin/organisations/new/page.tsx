import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationForm } from "@/components/admin/organization-form";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Thêm đơn vị" };

const EMPTY = {
  code: "",
  name: "",
  kind: "DEPARTMENT",
  address: "",
  phone: "",
  fax: "",
  email: "",
  website: "",
  contactName: "",
  contactTitle: "",
} as const;

export default async function NewOrganizationPage() {
  await requirePagePermission("admin:manage", "/admin/organisations/new");
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/organisations" className="text-brand-700 underline">
          ‹ Danh sách đơn vị
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Thêm đơn vị</h1>
      <OrganizationForm initial={EMPTY} />
    </div>
  );
}
