import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailText } from "@/components/mail/mail-text";
import { OutboxStatusBadge } from "@/components/mail/outbox-status-badge";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import { contentWithheld, getOutboxMessage, mailKindLabel } from "@/lib/mail/outbox-messages";

export const metadata: Metadata = { title: "Nội dung thư" };

export default async function OutboxMessagePage({ params }: PageProps<"/admin/mail/[id]">) {
  const { id } = await params;
  const user = await requirePagePermission("admin:manage", `/admin/mail/${id}`);
  const message = await getOutboxMessage(user, id);
  if (!message) notFound();
  const facts: [string, string][] = [
    ["Người nhận", message.to],
    ["Loại thư", mailKindLabel(message.kind)],
    ["Tạo lúc", formatDateTime(message.createdAt)],
    ...(message.sentAt ? ([["Gửi lúc", formatDateTime(message.sentAt)]] as [string, string][]) : []),
    ...(message.attempts > 0 ? ([["Số lần gửi", String(message.attempts)]] as [string, string][]) : []),
    ...(message.status === "PENDING" && message.attempts > 0
      ? ([["Lần gửi tiếp theo", formatDateTime(message.nextAttemptAt)]] as [string, string][])
      : []),
    ...(message.lockedBy ? ([["Máy chủ xử lý", message.lockedBy]] as [string, string][]) : []),
  ];

  return (
    <>
      <Link href="/admin/mail" className="text-sm text-brand-700 underline">
        ‹ Thư đi
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">{message.subject}</h1>
      <div className="mt-2">
        <OutboxStatusBadge status={message.status} />
      </div>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      {message.lastError ? (
        <div role="note" className="mt-4 max-w-3xl rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          <p className="font-semibold">
            {message.status === "FAILED" ? "Lỗi khiến thư không gửi được" : "Lỗi ở lần gửi gần nhất"}
          </p>
          <p className="mt-1 font-mono [overflow-wrap:anywhere]">{message.lastError}</p>
        </div>
      ) : null}
      <h2 className="mt-6 text-lg font-bold text-brand-900">Nội dung</h2>
      {contentWithheld(message.kind) ? (
        <p className="mt-2 max-w-3xl text-slate-700">
          Thư này chứa liên kết dùng một lần để đặt mật khẩu, chỉ người nhận được dùng, nên nội dung không hiển thị ở đây. Nếu
          người nhận không nhận được thư, hãy gửi lại thư mời hoặc liên kết đặt lại mật khẩu từ trang quản lý người dùng.
        </p>
      ) : (
        <MailText text={message.text} />
      )}
    </>
  );
}
