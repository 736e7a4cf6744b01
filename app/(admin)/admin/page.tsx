import type { Metadata } from "next";
import Link from "next/link";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import { requirePagePermission } from "@/lib/auth/current-user";
import { adminOverview } from "@/lib/admin/admin-overview";
import { formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "Quản trị" };

export default async function AdminHomePage() {
  const admin = await requirePagePermission("admin:manage", "/admin");
  const overview = await adminOverview(admin);
  const cards = [
    { href: "/admin/organisations", value: overview.organizations, label: "đơn vị đang hoạt động" },
    { href: "/admin/users?status=active", value: overview.activeUsers, label: "tài khoản đang hoạt động" },
    { href: "/admin/users?status=pending", value: overview.pendingUsers, label: "lời mời chờ kích hoạt" },
    { href: "/admin/reference", value: overview.referenceEntries, label: "mục danh mục đang dùng" },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Tổng quan</h1>
      <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="block text-2xl font-bold text-brand-900">{card.value.toLocaleString("vi-VN")}</span>
              <span className="text-sm text-slate-600">{card.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/admin/users/invite"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Mời người dùng
        </Link>
        <Link
          href="/admin/organisations/new"
          className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          Thêm đơn vị
        </Link>
        <Link
          href="/reports"
          className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          Tình hình báo cáo quý
        </Link>
      </div>
      <h2 className="mt-8 text-lg font-bold text-brand-900">Hoạt động gần đây của quản trị</h2>
      {overview.recentAdminEvents.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          Chưa có thao tác quản trị nào.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {overview.recentAdminEvents.map((event) => (
            <li key={event.id} className="p-3 text-sm">
              <span className="font-medium">{auditActionLabel(event.action)}</span>
              {event.comment ? <span className="text-slate-700 [overflow-wrap:anywhere]"> – {event.comment}</span> : null}
              <span className="block text-slate-600">
                {event.actor?.name ?? "Hệ thống"} · {formatDateTime(event.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href="/admin/audit" className="text-brand-700 underline">
          Xem toàn bộ nhật ký
        </Link>
      </p>
    </>
  );
}
