import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { PRIVATE_PAGE_METADATA } from "@/lib/seo/private-pages";

export const metadata = PRIVATE_PAGE_METADATA;

/**
 * The admin area's frame. Each page checks the permission itself (anonymous → sign-in, other roles →
 * 403): a layout is not re-rendered on every navigation, so it cannot be the check.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "admin:manage")) return children;
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Quản trị cổng thông tin</p>
      <AdminNav />
      <div className="mt-6">{children}</div>
    </div>
  );
}
