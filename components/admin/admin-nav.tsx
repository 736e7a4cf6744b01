"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", label: "Tổng quan" },
  { href: "/admin/organisations", label: "Đơn vị" },
  { href: "/admin/users", label: "Người dùng" },
  { href: "/admin/reference", label: "Danh mục" },
  { href: "/admin/audit", label: "Nhật ký" },
  { href: "/admin/settings", label: "Cấu hình cổng" },
  { href: "/admin/mail", label: "Thư đi" },
  { href: "/admin/enquiries", label: "Nhà đầu tư quan tâm" },
];

/** The admin area's sections; on a phone they wrap onto a second line, so every one stays in sight. */
export function AdminNav() {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label="Quản trị" className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className="block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
