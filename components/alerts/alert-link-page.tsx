import Link from "next/link";
import { describeAlertFilters } from "@/lib/alerts/alert-filters";
import { ALERT_FREQUENCY_LABELS } from "@/lib/alerts/alert-period";
import type { SubscriptionView } from "@/lib/alerts/manage-subscription";
import { catalogueHref } from "@/lib/catalogue/catalogue-query";
import { AlertLinkButton } from "./alert-link-button";

const TEXTS = {
  confirm: {
    title: "Xác nhận đăng ký nhận thông báo",
    intro: "Bấm nút dưới đây để bắt đầu nhận thư thông báo về dự án kêu gọi đầu tư tại",
    invalid: "Liên kết xác nhận không hợp lệ hoặc đã hết hạn (sau 7 ngày). Ông/Bà có thể đăng ký lại từ trang danh mục dự án.",
  },
  unsubscribe: {
    title: "Hủy nhận thông báo",
    intro: "Bấm nút dưới đây để ngừng nhận thư thông báo gửi đến",
    invalid: "Liên kết không hợp lệ, hoặc đăng ký này đã được hủy trước đó. Ông/Bà sẽ không nhận thêm thư nào theo đăng ký này.",
  },
} as const;

/** A confirmation or unsubscribe link, opened: what the subscription watches, and the one button that acts. */
export function AlertLinkPage({
  action,
  token,
  subscription,
}: {
  action: "confirm" | "unsubscribe";
  token: string;
  subscription: SubscriptionView | null;
}) {
  const text = TEXTS[action];
  const lines = subscription ? describeAlertFilters(subscription.filters, subscription.names) : [];
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold text-brand-900">{text.title}</h1>
      {subscription ? (
        <>
          <p className="mt-2 text-slate-700">
            {text.intro} <strong className="[overflow-wrap:anywhere]">{subscription.email}</strong>.
          </p>
          <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="font-semibold text-slate-900">Điều kiện theo dõi</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
              {lines.length > 0 ? lines.map((line) => <li key={line}>{line}</li>) : <li>Mọi dự án được công bố</li>}
            </ul>
            <p className="mt-2 text-slate-700">Tần suất: {ALERT_FREQUENCY_LABELS[subscription.frequency].toLowerCase()}</p>
            <Link href={catalogueHref(subscription.filters)} className="mt-2 inline-block text-brand-700 underline">
              Xem các dự án theo điều kiện này
            </Link>
          </div>
          <AlertLinkButton action={action} token={token} alreadyConfirmed={action === "confirm" && subscription.confirmed} />
        </>
      ) : (
        <div role="alert" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
          <p>{text.invalid}</p>
          <Link href="/projects" className="mt-3 inline-block font-semibold text-brand-800 underline">
            Đến danh mục dự án
          </Link>
        </div>
      )}
    </div>
  );
}
