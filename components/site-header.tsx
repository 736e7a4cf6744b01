import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { countProjectsNeedingChanges } from "@/lib/projects/list-organization-projects";
import { countWaitingSubmissions } from "@/lib/review/review-queue";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { SignOutButton } from "./auth/sign-out-button";

export async function SiteHeader() {
  const [user, settings] = await Promise.all([getCurrentUser(), getSiteSettings()]);
  const nav: { href: string; label: string; badge?: { count: number; label: string } }[] = [
    { href: "/", label: "Trang chủ" },
    { href: "/projects", label: "Dự án kêu gọi đầu tư" },
  ];
  if (user && can(user.role, "project:file")) {
    const count = await countProjectsNeedingChanges(user);
    nav.push({ href: "/dashboard", label: "Dự án của đơn vị", badge: { count, label: "dự án cần chỉnh sửa" } });
  }
  if (user && (can(user.role, "report:file") || can(user.role, "report:oversee"))) {
    nav.push({ href: "/reports", label: "Báo cáo quý" });
  }
  if (user && can(user.role, "review:decide")) {
    const count = await countWaitingSubmissions(user);
    nav.push({ href: "/review", label: "Duyệt hồ sơ", badge: { count, label: "hồ sơ chờ duyệt" } });
  }
  if (user && can(user.role, "admin:manage")) nav.push({ href: "/admin", label: "Quản trị" });

  return (
    <header className="border-b-4 border-flag-600 bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-flag-600 text-xl text-yellow-300"
          >
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-xs uppercase tracking-wide text-brand-100">UBND {settings.provinceName}</span>
            <span className="block text-base font-semibold sm:text-lg">{settings.portalName}</span>
          </span>
        </Link>
        <nav aria-label="Điều hướng chính" className="print:hidden">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {item.label}
                  {item.badge && item.badge.count > 0 ? " " : null}
                  {item.badge && item.badge.count > 0 ? (
                    <span className="ml-1 rounded-full bg-flag-600 px-2 py-0.5 text-xs font-bold text-white">
                      {item.badge.count}
                      <span className="sr-only"> {item.badge.label}</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
            {user ? (
              <>
                <li className="text-brand-100">
                  <Link href="/account" className="hover:underline" title="Tài khoản của tôi, đổi mật khẩu">
                    <span className="sr-only">Tài khoản đang đăng nhập: </span>
                    {user.name} ({ROLE_LABELS[user.role]})
                  </Link>
                </li>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <li>
                <Link href="/login" className="hover:underline">
                  Đăng nhập
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
