import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage() {
  const user = await requirePagePermission("account:manage", "/account");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold text-brand-900">Tài khoản của tôi</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">Họ tên</dt>
        <dd className="font-medium">{user.name}</dd>
        <dt className="text-slate-600">Email</dt>
        <dd className="font-medium [overflow-wrap:anywhere]">{user.email}</dd>
        <dt className="text-slate-600">Vai trò</dt>
        <dd className="font-medium">{ROLE_LABELS[user.role]}</dd>
        <dt className="text-slate-600">Đơn vị</dt>
        <dd className="font-medium">{user.organizationName ?? "—"}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-bold text-brand-900">Đổi mật khẩu</h2>
      <p className="mt-1 text-sm text-slate-600">
        Sau khi đổi, các phiên đăng nhập trên thiết bị khác sẽ kết thúc; phiên này vẫn tiếp tục.
      </p>
      <ChangePasswordForm />
    </div>
  );
}
