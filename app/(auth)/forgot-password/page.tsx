import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "Quên mật khẩu" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">Quên mật khẩu</h1>
      <p className="mt-2 text-sm text-slate-600">
        Nhập email dùng để đăng nhập. Chúng tôi sẽ gửi đến email đó một liên kết để đặt mật khẩu mới.
      </p>
      <ForgotPasswordForm />
      <p className="mt-4 text-sm">
        <Link href="/login" className="text-brand-700 underline">
          Quay lại đăng nhập
        </Link>
      </p>
    </div>
  );
}
