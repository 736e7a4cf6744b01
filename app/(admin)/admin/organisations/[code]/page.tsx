import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { OrganizationForm } from "@/components/admin/organization-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/date";
import { getOrganizationByCode } from "@/lib/organizations/manage-organizations";
import { setOrganizationActiveAction } from "@/lib/organizations/organization-actions";
import { REPORTING_KINDS } from "@/lib/organizations/organization-kinds";

export const metadata: Metadata = { title: "Thông tin đơn vị" };

export default async function OrganizationPage({ params, searchParams }: PageProps<"/admin/organisations/[code]">) {
  const { code } = await params;
  const admin = await requirePagePermission("admin:manage", `/admin/organisations/${code}`);
  const organization = await getOrganizationByCode(admin, code);
  if (!organization) notFound();
  const created = (await searchParams).created === "1";
  const { id, active, users, createdAt, ...details } = organization;
  const reports = (REPORTING_KINDS as readonly string[]).includes(organization.kind);

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/organisations" className="text-brand-700 underline">
          ‹ Danh sách đơn vị
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">{organization.name}</h1>
        {active ? <Badge tone="green">Đang hoạt động</Badge> : <Badge tone="slate">Ngừng hoạt động</Badge>}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        Tạo ngày {formatDate(createdAt)}. {reports && active ? "Đơn vị có trong bảng theo dõi báo cáo quý." : null}
      </p>
      {created ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Đã thêm đơn vị. Bước tiếp theo:{" "}
          <Link href={`/admin/users/invite?organization=${id}`} className="font-semibold underline">
            mời cán bộ của đơn vị
          </Link>
          .
        </p>
      ) : null}
      <OrganizationForm organizationId={id} initial={details} />

      <section aria-labelledby="tai-khoan" className="mt-8">
        <h2 id="tai-khoan" className="text-lg font-bold text-brand-900">
          Tài khoản đang hoạt động ({users.length})
        </h2>
        {users.length === 0 ? (
          <p className="mt-2 text-slate-600">Đơn vị chưa có tài khoản nào đang hoạt động.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {users.map((user) => (
              <li key={user.id} className="p-3 text-sm">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-800 underline">
                  {user.name}
                </Link>{" "}
                <span className="text-slate-600 [overflow-wrap:anywhere]">{user.email}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* Announced when it changes: after deactivating or reactivating, the section says the new state. */}
      <section aria-labelledby="trang-thai" aria-live="polite" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="trang-thai" className="text-lg font-bold text-brand-900">
          {active ? "Ngừng hoạt động đơn vị" : "Cho đơn vị hoạt động lại"}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {active
            ? "Dùng khi đơn vị giải thể hoặc sáp nhập. Đơn vị không còn trong bảng báo cáo quý và không nhận tài khoản mới; các dự án đã công bố vẫn hiển thị."
            : "Đơn vị trở lại bảng báo cáo quý. Các tài khoản đã khóa không tự mở lại: hãy mở từng tài khoản cần thiết."}
        </p>
        <div className="mt-3">
          {active ? (
            admin.organizationId === id ? (
              <p className="text-sm text-slate-600">
                Đây là đơn vị của chính tài khoản bạn, nên không thể ngừng hoạt động ở đây.
              </p>
            ) : (
              <ConfirmButton
                label="Ngừng hoạt động đơn vị"
                question={`Ngừng hoạt động “${organization.name}”?`}
                details={
                  users.length > 0
                    ? `${users.length} tài khoản của đơn vị sẽ bị khóa ngay và đăng xuất khỏi mọi thiết bị.`
                    : "Đơn vị không có tài khoản nào đang hoạt động."
                }
                tone="danger"
                success="Đã ngừng hoạt động đơn vị."
                action={setOrganizationActiveAction}
                input={{ organizationId: id, active: false }}
              />
            )
          ) : (
            <ConfirmButton
              label="Cho hoạt động lại"
              tone="primary"
              success="Đơn vị đã hoạt động lại."
              action={setOrganizationActiveAction}
              input={{ organizationId: id, active: true }}
            />
          )}
        </div>
      </section>
    </div>
  );
}
