import Link from "next/link";

/** Previous / next for an admin list, with where the reader is; nothing when one page holds it all. */
export function Pager({
  page,
  pageCount,
  total,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:border-brand-600";
  return (
    <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-600">
        Trang {page}/{pageCount} · {total.toLocaleString("vi-VN")} mục
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
            ‹ Trang trước
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
            Trang sau ›
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/** A page number from the URL: a whole number from 1, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}
