import type { Metadata } from "next";
import Link from "next/link";
import { OutboxStatusBadge } from "@/components/mail/outbox-status-badge";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { listOutboxMessages, mailIsSent, mailKindLabel, OUTBOX_STATUSES, outboxStatusLabel } from "@/lib/mail/outbox-messages";

export const metadata: Metadata = { title: "Thư đi" };

function statusParam(value: unknown): OutboxStatus | null {
  return typeof value === "string" && (OUTBOX_STATUSES as readonly string[]).includes(value) ? (value as OutboxStatus) : null;
}

function pageParam(value: unknown): number {
  const page = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

function href(status: OutboxStatus | null, page = 1): string {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return `/admin/mail${search ? `?${search}` : ""}`;
}

export default async function OutboxPage({ searchParams }: PageProps<"/admin/mail">) {
  const user = await requirePagePermission("admin:manage", "/admin/mail");
  const params = await searchParams;
  const status = statusParam(params.status);
  const page = pageParam(params.page);
  const { byStatus, total, pageCount, messages } = await listOutboxMessages(user, { status, page });
  const all = OUTBOX_STATUSES.reduce((sum, each) => sum + byStatus[each], 0);
  const filters = [
    { status: null, label: "Tất cả", count: all },
    ...OUTBOX_STATUSES.map((each) => ({ status: each, label: outboxStatusLabel(each), count: byStatus[each] })),
  ];

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Thư đi</h1>
      {mailIsSent() ? (
        <p className="mt-1 max-w-3xl text-slate-700">
          Thư thông báo và thư mời do cổng thông tin gửi qua máy chủ thư. Mỗi thư được gửi một lần; nếu máy chủ thư tạm thời lỗi,
          hệ thống tự gửi lại sau 1, 2, 4… phút.
        </p>
      ) : (
        <div role="note" className="mt-3 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">Chế độ thử: thư không được gửi đi.</p>
          <p className="mt-1">
            Chưa cấu hình máy chủ thư (biến <code>SMTP_URL</code>), nên các thư dưới đây chỉ được lưu lại để xem: đây là những gì
            cổng thông tin sẽ gửi khi đưa vào vận hành.
          </p>
        </div>
      )}

      <nav aria-label="Lọc theo trạng thái" className="mt-5">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((filter) => (
            <li key={filter.label}>
              <Link
                href={href(filter.status)}
                aria-current={filter.status === status ? "page" : undefined}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1.5 hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {filter.label} ({filter.count.toLocaleString("vi-VN")})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {messages.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {status
            ? "Không có thư nào ở trạng thái này."
            : "Chưa có thư nào. Thư sẽ xuất hiện ở đây khi có hồ sơ gửi duyệt, quyết định duyệt, thư mời hay nhắc hạn báo cáo."}
        </p>
      ) : (
        <>
          {/* Phones: one card per mail, so nothing scrolls sideways. */}
          <ul aria-label="Danh sách thư" className="mt-5 space-y-3 md:hidden">
            {messages.map((message) => (
              <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex items-start justify-between gap-3">
                  <Link
                    href={`/admin/mail/${message.id}`}
                    className="font-semibold text-brand-800 underline [overflow-wrap:anywhere]"
                  >
                    {message.subject}
                  </Link>
                  <OutboxStatusBadge status={message.status} />
                </div>
                <p className="mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]">Đến: {message.to}</p>
                <p className="text-sm text-slate-600">
                  {mailKindLabel(message.kind)} · {formatDateTime(message.sentAt ?? message.createdAt)}
                </p>
              </li>
            ))}
          </ul>

          <div className="mt-5 hidden overflow-hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Danh sách thư, mới nhất trước</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Trạng thái
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Người nhận
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Tiêu đề
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Loại
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Thời điểm
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td className="px-3 py-2 align-top">
                      <OutboxStatusBadge status={message.status} />
                    </td>
                    <td className="px-3 py-2 align-top [overflow-wrap:anywhere]">{message.to}</td>
                    <th scope="row" className="px-3 py-2 text-left align-top font-medium">
                      <Link href={`/admin/mail/${message.id}`} className="text-brand-800 underline hover:text-brand-900">
                        {message.subject}
                      </Link>
                    </th>
                    <td className="px-3 py-2 align-top text-slate-700">{mailKindLabel(message.kind)}</td>
                    <td className="whitespace-nowrap px-3 py-2 align-top text-slate-700">
                      {formatDateTime(message.createdAt)}
                      {message.sentAt ? (
                        <span className="block text-xs text-slate-500">gửi {formatDateTime(message.sentAt)}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {pageCount > 1 ? (
            <nav aria-label="Phân trang" className="mt-6 flex flex-wrap items-center justify-center gap-3 text-sm">
              {page > 1 ? (
                <Link
                  href={href(status, page - 1)}
                  rel="prev"
                  className="rounded border border-slate-300 bg-white px-3 py-2 hover:border-brand-600"
                >
                  ‹ Trang trước
                </Link>
              ) : null}
              <span>
                Trang {page}/{pageCount} · {total.toLocaleString("vi-VN")} thư
              </span>
              {page < pageCount ? (
                <Link
                  href={href(status, page + 1)}
                  rel="next"
                  className="rounded border border-slate-300 bg-white px-3 py-2 hover:border-brand-600"
                >
                  Trang sau ›
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
