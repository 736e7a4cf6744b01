import type { Metadata } from "next";
import Link from "next/link";
import { UserForm } from "@/components/admin/user-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { activeOrganizationOptions } from "@/lib/organizations/manage-organizations";

export const metadata: Metadata = { title: "Mời người dùng" };

export default async function InviteUserPage({ searchParams }: PageProps<"/admin/users/invite">) {
  const admin = await requirePagePermission("admin:manage", "/admin/users/invite");
  const organizations = await activeOrganizationOptions(admin);
  const preset = (await searchParams).organization;
  const organizationId = organizations.find((organization) => organization.id === preset)?.id ?? "";
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          ‹ Danh sách người dùng
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Mời người dùng</h1>
      <p className="mt-1 text-slate-600">
        Người được mời nhận thư có liên kết đặt mật khẩu, dùng được một lần trong 72 giờ. Tài khoản chỉ hoạt động sau khi mật khẩu
        được đặt.
      </p>
      {organizations.length === 0 ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Chưa có đơn vị nào đang hoạt động.{" "}
          <Link href="/admin/organisations/new" className="font-semibold underline">
            Thêm đơn vị trước
          </Link>
          .
        </p>
      ) : null}
      <UserForm initial={{ email: "", name: "", role: "SUBMITTER", organizationId }} organizations={organizations} />
    </div>
  );
}
