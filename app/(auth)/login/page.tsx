import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signInErrorMessage } from "@/lib/auth/sign-in-schema";
import { homePathFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homePathFor(user.role));
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorCode ? signInErrorMessage(errorCode) : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">Đăng nhập</h1>
      <p className="mt-2 text-sm text-slate-600">
        Dành cho cán bộ các sở, ban, ngành, UBND cấp huyện và Ban Biên tập. Nhà đầu tư xem dự án không cần đăng nhập.
      </p>
      <LoginForm returnTo={returnTo} initialError={initialError} />
    </div>
  );
}
