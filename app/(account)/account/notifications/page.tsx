import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { NOTIFICATION_KIND_INFO } from "@/lib/notifications/notification-kinds";
import { getNotificationPreferences } from "@/lib/notifications/notification-preferences";

export const metadata: Metadata = { title: "Thông báo qua email" };

export default async function NotificationSettingsPage() {
  const user = await requirePagePermission("account:manage", "/account/notifications");
  const preferences = await getNotificationPreferences(user);
  const choices = preferences.map(({ kind, enabled }) => ({ kind, enabled, ...NOTIFICATION_KIND_INFO[kind] }));

  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-brand-900">Thông báo qua email</h1>
      <p className="mt-1 text-slate-700">
        Cổng thông tin gửi thư đến <strong className="[overflow-wrap:anywhere]">{user.email}</strong> khi có việc cần bạn biết.
        {choices.length > 0 ? " Bỏ chọn những loại thông báo bạn không muốn nhận." : null}
      </p>
      {choices.length > 0 ? (
        <NotificationPreferencesForm choices={choices} />
      ) : (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Với vai trò của bạn, cổng thông tin không gửi thông báo nào có thể tắt.
        </p>
      )}
      <p className="mt-6 text-sm text-slate-600">
        Thư mời tham gia và thư đặt lại mật khẩu luôn được gửi, vì cần cho việc đăng nhập; các thư này không tắt được.
      </p>
    </div>
  );
}
