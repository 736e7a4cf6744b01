import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { readStoredSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = { title: "Cấu hình cổng" };

export default async function SettingsPage() {
  await requirePagePermission("admin:manage", "/admin/settings");
  // The form starts from what is stored, not from a server's few-seconds-old memory of it.
  const initial = await readStoredSiteSettings();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-brand-900">Cấu hình cổng thông tin</h1>
      <p className="mt-1 text-slate-600">
        Tên tỉnh, tên cổng, thông tin Ban Biên tập và cơ quan quản lý hiện ở đầu trang, chân trang, trang chủ và thư gửi người
        dùng. Sau khi sắp xếp lại đơn vị hành chính, chỉ cần sửa ở đây; không phải cài đặt lại.
      </p>
      <SettingsForm initial={initial} />
    </div>
  );
}
