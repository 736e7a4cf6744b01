import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { Pager, pageParam } from "@/components/admin/pager";
import { requirePagePermission } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/date";
import type { Role } from "@/lib/generated/prisma/enums";
import { listUsers, type UserFilters } from "@/lib/users/manage-users";
import { ROLES, SIGN_IN_FILTERS, USER_STATUSES, userStatus, type SignInFilter, type UserStatus } from "@/lib/users/user-schema";
import { EmptyState, FilterSelect } from "@/components/filter-select";

export const metadata: Metadata = { title: "Người dùng" };

const STATUS_TONES = { active: "green", pending: "amber", inactive: "slate" } as const;

const pick = <T extends string>(value: unknown, options: readonly T[]): T | undefined =>
  options.find((option) => option === value);

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requirePagePermission("admin:manage", "/admin/users");
  const params = await searchParams;
  const organizations = await db.organization.findMany({
    select: { id: true, name: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  const filters: UserFilters = {
    organizationId: organizations.find((organization) => organization.id === params.organization)?.id,
    role: pick<Role>(params.role, ROLES),
    status: pick<UserStatus>(params.status, Object.keys(USER_STATUSES) as UserStatus[]),
    signIn: pick<SignInFilter>(params.signIn, Object.keys(SIGN_IN_FILTERS) as SignInFilter[]),
    page: pageParam(params.page),
  };
  const { users, total, pageCount } = await listUsers(admin, filters);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({
        organization: filters.organizationId,
        role: filters.role,
        status: filters.status,
        signIn: filters.signIn,
        page: String(page),
      }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return `/admin/users?${query}`;
  };
  const filtered = Boolean(filters.organizationId || filters.role || filters.status || filters.signIn);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Người dùng</h1>
        <Link
          href="/admin/users/invite"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Mời người dùng
        </Link>
      </div>
      <form
        method="get"
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <FilterSelect
          id="filter-organization"
          name="organization"
          label="Đơn vị"
          value={filters.organizationId}
          options={organizations.map((organization) => [organization.id, organization.name] as const)}
        />
        <FilterSelect
          id="filter-role"
          name="role"
          label="Vai trò"
          value={filters.role}
          options={ROLES.map((role) => [role, ROLE_LABELS[role]] as const)}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label="Trạng thái"
          value={filters.status}
          options={Object.entries(USER_STATUSES)}
        />
        <FilterSelect
          id="filter-sign-in"
          name="signIn"
          label="Lần đăng nhập cuối"
          value={filters.signIn}
          options={Object.entries(SIGN_IN_FILTERS)}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Lọc
        </button>
      </form>

      {users.length === 0 ? (
        <EmptyState>{filtered ? "Không có tài khoản nào theo bộ lọc này." : "Chưa có tài khoản nào."}</EmptyState>
      ) : (
        <>
          <ul aria-label="Danh sách người dùng" className="mt-6 space-y-3 md:hidden">
            {users.map((user) => {
              const status = userStatus(user);
              return (
                <li key={user.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <div className="flex items-start justify-between gap-3">
                    <Link href={`/admin/users/${user.id}`} className="font-semibold text-brand-800 underline">
                      {user.name}
                    </Link>
                    <Badge tone={STATUS_TONES[status]}>{USER_STATUSES[status]}</Badge>
                  </div>
                  <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{user.email}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    {ROLE_LABELS[user.role]}
                    {user.organization ? ` · ${user.organization.name}` : null}
                  </p>
                  <p className="text-sm text-slate-600">
                    Đăng nhập cuối: {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "chưa lần nào"}
                  </p>
                </li>
              );
            })}
          </ul>
          <div className="mt-6 hidden overflow-hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Danh sách người dùng</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Họ tên, email
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Vai trò
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Đơn vị
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Đăng nhập cuối
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Trạng thái
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.map((user) => {
                  const status = userStatus(user);
                  return (
                    <tr key={user.id}>
                      <th scope="row" className="px-3 py-2 text-left font-medium">
                        <Link href={`/admin/users/${user.id}`} className="text-brand-800 underline hover:text-brand-900">
                          {user.name}
                        </Link>
                        <span className="block font-normal text-slate-600 [overflow-wrap:anywhere]">{user.email}</span>
                      </th>
                      <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
                      <td className="px-3 py-2">{user.organization?.name ?? "—"}</td>
                      <td className="whitespace-nowrap px-3 py-2">
                        {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Chưa lần nào"}
                      </td>
                      <td className="px-3 py-2">
                        <Badge tone={STATUS_TONES[status]}>{USER_STATUSES[status]}</Badge>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={filters.page} pageCount={pageCount} total={total} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
