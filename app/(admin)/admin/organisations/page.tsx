import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { requirePagePermission } from "@/lib/auth/current-user";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { listOrganizations } from "@/lib/organizations/manage-organizations";
import { KIND_LABELS, ORGANIZATION_KINDS } from "@/lib/organizations/organization-kinds";
import { EmptyState, FilterSelect } from "@/components/filter-select";

export const metadata: Metadata = { title: "Đơn vị" };

const STATES = { active: "Đang hoạt động", inactive: "Ngừng hoạt động" } as const;

export default async function OrganizationsPage({ searchParams }: PageProps<"/admin/organisations">) {
  const admin = await requirePagePermission("admin:manage", "/admin/organisations");
  const params = await searchParams;
  const kind = ORGANIZATION_KINDS.find((value) => value === params.kind) as OrganizationKind | undefined;
  const state = params.state === "active" || params.state === "inactive" ? params.state : undefined;
  const organizations = await listOrganizations(admin, { kind, active: state === undefined ? undefined : state === "active" });
  const filtered = kind !== undefined || state !== undefined;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Đơn vị</h1>
        <Link
          href="/admin/organisations/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Thêm đơn vị
        </Link>
      </div>
      <p className="mt-1 text-slate-600">
        Các sở, ban, ngành, UBND cấp huyện, cấp xã và Ban Biên tập. Đơn vị đang hoạt động (trừ Ban Biên tập) nộp báo cáo quý.
      </p>
      <form
        method="get"
        className="mt-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end"
      >
        <FilterSelect
          id="filter-kind"
          name="kind"
          label="Loại đơn vị"
          value={kind}
          options={ORGANIZATION_KINDS.map((value) => [value, KIND_LABELS[value]] as const)}
        />
        <FilterSelect id="filter-state" name="state" label="Trạng thái" value={state} options={Object.entries(STATES)} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Lọc
        </button>
      </form>

      {organizations.length === 0 ? (
        <EmptyState>
          {filtered ? "Không có đơn vị nào theo bộ lọc này." : "Chưa có đơn vị nào. Hãy thêm đơn vị đầu tiên."}
        </EmptyState>
      ) : (
        <>
          {/* Phones: one card per unit. */}
          <ul aria-label="Danh sách đơn vị" className="mt-6 space-y-3 md:hidden">
            {organizations.map((organization) => (
              <li key={organization.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex items-start justify-between gap-3">
                  <Link
                    href={`/admin/organisations/${organization.code}`}
                    className="font-semibold text-brand-800 underline [overflow-wrap:anywhere]"
                  >
                    {organization.name}
                  </Link>
                  {organization.active ? <Badge tone="green">Hoạt động</Badge> : <Badge tone="slate">Ngừng</Badge>}
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  {KIND_LABELS[organization.kind]} · mã {organization.code}
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  {organization._count.users} tài khoản hoạt động · {organization._count.projects} hồ sơ dự án
                </p>
              </li>
            ))}
          </ul>
          <div className="mt-6 hidden overflow-hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Danh sách đơn vị</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Đơn vị
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Loại
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Mã
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Tài khoản
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Hồ sơ
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Trạng thái
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {organizations.map((organization) => (
                  <tr key={organization.id}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <Link
                        href={`/admin/organisations/${organization.code}`}
                        className="text-brand-800 underline hover:text-brand-900"
                      >
                        {organization.name}
                      </Link>
                    </th>
                    <td className="px-3 py-2">{KIND_LABELS[organization.kind]}</td>
                    <td className="px-3 py-2 font-mono text-xs">{organization.code}</td>
                    <td className="px-3 py-2 text-right">{organization._count.users}</td>
                    <td className="px-3 py-2 text-right">{organization._count.projects}</td>
                    <td className="px-3 py-2">
                      {organization.active ? <Badge tone="green">Hoạt động</Badge> : <Badge tone="slate">Ngừng</Badge>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
