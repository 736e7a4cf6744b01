import type { Metadata } from "next";
import Link from "next/link";
import { Pager, pageParam } from "@/components/admin/pager";
import { auditQueryOf, auditRange, auditSearch } from "@/lib/audit/audit-filters";
import { AUDIT_GROUPS, auditActionLabel } from "@/lib/audit/audit-labels";
import { auditActors, listAuditEvents } from "@/lib/audit/audit-log";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import { EmptyState, FilterSelect } from "@/components/filter-select";

export const metadata: Metadata = { title: "Nhật ký" };

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const admin = await requirePagePermission("admin:manage", "/admin/audit");
  const params = await searchParams;
  const query = auditQueryOf(params);
  const page = pageParam(params.page);
  const [{ events, total, pageCount }, actors] = await Promise.all([
    listAuditEvents(admin, { group: query.group, actorId: query.actorId, ...auditRange(query), page }),
    auditActors(admin),
  ]);
  const filtered = Boolean(query.group || query.actorId || query.from || query.to);
  const fieldClass = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2";

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Nhật ký hệ thống</h1>
      <p className="mt-1 text-slate-600">
        Ai làm gì, lúc nào (giờ Việt Nam): đăng nhập, quyết định duyệt, thao tác quản trị. Mới nhất ở trên.
      </p>
      <form
        method="get"
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <FilterSelect
          id="audit-group"
          name="group"
          label="Loại thao tác"
          value={query.group}
          options={Object.entries(AUDIT_GROUPS).map(([value, group]) => [value, group.label] as const)}
        />
        <FilterSelect
          id="audit-actor"
          name="actor"
          label="Người thực hiện"
          value={query.actorId}
          options={actors.map((actor) => [actor.id, `${actor.name} (${actor.email})`] as const)}
        />
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium text-slate-700">
            Từ ngày
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium text-slate-700">
            Đến ngày
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={fieldClass} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Lọc
        </button>
      </form>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          href={`/admin/audit/export?${auditSearch(query)}`}
          prefetch={false}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Tải CSV (dấu phẩy)
        </Link>
        <Link
          href={`/admin/audit/export?${auditSearch(query, { separator: "semicolon" })}`}
          prefetch={false}
          className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          Tải CSV cho Excel (dấu chấm phẩy)
        </Link>
      </div>

      {events.length === 0 ? (
        <EmptyState>{filtered ? "Không có sự kiện nào theo bộ lọc này." : "Nhật ký chưa có sự kiện nào."}</EmptyState>
      ) : (
        <>
          <ul aria-label="Sự kiện" className="mt-6 space-y-3 md:hidden">
            {events.map((event) => (
              <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-semibold text-slate-900">{auditActionLabel(event.action)}</p>
                <p className="text-slate-600">
                  {formatDateTime(event.createdAt)} · {event.actor ? event.actor.name : "Không rõ (chưa đăng nhập)"}
                </p>
                {event.project ? (
                  <p className="mt-1 [overflow-wrap:anywhere]">Dự án: {event.project.name || "(chưa đặt tên)"}</p>
                ) : null}
                {event.comment ? <p className="mt-1 text-slate-700 [overflow-wrap:anywhere]">{event.comment}</p> : null}
              </li>
            ))}
          </ul>
          <div className="mt-6 hidden overflow-hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Nhật ký hệ thống</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Thời điểm
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Người thực hiện
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Thao tác
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Chi tiết
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {events.map((event) => (
                  <tr key={event.id}>
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(event.createdAt)}</td>
                    <td className="px-3 py-2">
                      {event.actor ? (
                        <>
                          {event.actor.name}
                          <span className="block text-slate-600 [overflow-wrap:anywhere]">{event.actor.email}</span>
                        </>
                      ) : (
                        <span className="text-slate-600">Không rõ (chưa đăng nhập)</span>
                      )}
                    </td>
                    <td className="px-3 py-2 font-medium">{auditActionLabel(event.action)}</td>
                    <td className="px-3 py-2 text-slate-700 [overflow-wrap:anywhere]">
                      {event.project ? <span className="block">Dự án: {event.project.name || "(chưa đặt tên)"}</span> : null}
                      {event.comment}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={Math.min(page, pageCount)}
            pageCount={pageCount}
            total={total}
            hrefFor={(n) => `/admin/audit?${auditSearch(query, { page: String(n) })}`}
          />
        </>
      )}
    </>
  );
}
