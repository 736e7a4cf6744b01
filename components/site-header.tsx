import Link from "next/link";

const NAV = [
  { href: "/", label: "Trang chủ" },
  { href: "/projects", label: "Dự án kêu gọi đầu tư" },
  { href: "/login", label: "Đăng nhập" },
];

export function SiteHeader() {
  return (
    <header className="border-b-4 border-flag-600 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-flag-600 text-xl text-yellow-300"
          >
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-xs uppercase tracking-wide text-brand-100">UBND tỉnh Kiên Giang</span>
            <span className="block text-base font-semibold sm:text-lg">Cổng thông tin kêu gọi đầu tư</span>
          </span>
        </Link>
        <nav aria-label="Điều hướng chính">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
