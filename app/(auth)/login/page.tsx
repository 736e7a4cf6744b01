import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signInErrorMessage } from "@/lib/auth/sign-in-schema";
import { homePathFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Đăng nhập" };

/** What the page says after a one-time link was used (the link's page sends the user here). */
const NOTICES: Record<string, string> = {
  activated: "Tài khoản đã được kích hoạt. Vui lòng đăng nhập bằng mật khẩu vừa đặt.",
  "password-reset": "Đã đặt mật khẩu mới. Vui lòng đăng nhập bằng mật khẩu mới.",
};

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homePathFor(user.role));
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorCode ? signInErrorMessage(errorCode) : undefined;
  const notice = typeof params.notice === "string" && Object.hasOwn(NOTICES, params.notice) ? NOTICES[params.notice] : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">Đăng nhập</h1>
      <p className="mt-2 text-sm text-slate-600">
        Dành cho cán bộ các sở, ban, ngành, UBND cấp huyện và Ban Biên tập. Nhà đầu tư xem dự án không cần đăng nhập.
      </p>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          {notice}
        </p>
      ) : null}
      <LoginForm returnTo={returnTo} initialError={initialError} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Quên mật khẩu?
        </Link>
      </p>
    </div>
  );
}
