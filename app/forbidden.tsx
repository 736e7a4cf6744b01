import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor, ROLE_LABELS } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { tabSuffix } from "@/lib/settings/site-settings-defaults";

const TITLE = "Không có quyền truy cập";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: `${TITLE} | ${tabSuffix(await getSiteSettings())}` } };
}

/** A signed-in user on a page their role cannot use: say so plainly and point to their own pages. */
export default async function Forbidden() {
  const [user, settings] = await Promise.all([getCurrentUser(), getSiteSettings()]);
  const home = user ? homeFor(user.role) : null;
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      {/* Next.js puts this file's title in the HTML but the page's own back once the page hydrates
          (vercel/next.js#95836); a title rendered here is hoisted into <head> ahead of it. */}
      <title>{`${TITLE} | ${tabSuffix(settings)}`}</title>
      <p className="text-5xl font-bold text-brand-700">403</p>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">Bạn không có quyền xem trang này</h1>
      <p className="mt-2 text-slate-600">
        {user ? (
          <>
            Trang này dành cho vai trò khác; tài khoản {user.email} ({ROLE_LABELS[user.role]}) không được mở trang này.{" "}
          </>
        ) : null}
        Nếu bạn cần quyền này, vui lòng liên hệ quản trị cổng thông tin ({settings.operatorName}).
      </p>
      <div className="mt-6 flex flex-col items-center justify-center gap-3 sm:flex-row">
        {home ? (
          <Link
            href={home.path}
            className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Về trang {home.label}
          </Link>
        ) : null}
        <Link
          href="/"
          className="inline-block rounded-md border border-brand-700 px-5 py-2.5 font-medium text-brand-800 hover:bg-brand-50"
        >
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
