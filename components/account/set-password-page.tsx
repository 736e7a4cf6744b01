import Link from "next/link";
import { tokenHolder } from "@/lib/auth/password-flows";
import { SetPasswordForm } from "./set-password-form";

const TEXTS = {
  invitation: { title: "Kích hoạt tài khoản", intro: "Đặt mật khẩu để kích hoạt tài khoản" },
  reset: { title: "Đặt lại mật khẩu", intro: "Đặt mật khẩu mới cho tài khoản" },
} as const;

/** An invitation or reset link, opened: who it is for and the form, or why it no longer works. */
export async function SetPasswordPage({ token, purpose }: { token: string; purpose: "invitation" | "reset" }) {
  const holder = await tokenHolder(token, purpose === "invitation" ? "INVITATION" : "PASSWORD_RESET");
  const usable = holder && (purpose === "invitation" || holder.active);
  const text = TEXTS[purpose];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">{text.title}</h1>
      {usable ? (
        <>
          <p className="mt-2 text-slate-700">
            {text.intro} <strong className="[overflow-wrap:anywhere]">{holder.email}</strong> ({holder.name}).
          </p>
          <SetPasswordForm token={token} purpose={purpose} />
        </>
      ) : (
        <div role="alert" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
          <p className="font-semibold">Liên kết không còn hiệu lực.</p>
          <p className="mt-2">
            Liên kết có thể đã được dùng, đã hết hạn{purpose === "invitation" ? " (sau 72 giờ)" : " (sau 1 giờ)"} hoặc đã có liên
            kết mới hơn thay thế.{" "}
            {purpose === "invitation"
              ? "Vui lòng đề nghị quản trị cổng thông tin gửi lại lời mời."
              : "Anh/chị có thể yêu cầu một liên kết mới."}
          </p>
          {purpose === "reset" ? (
            <Link href="/forgot-password" className="mt-3 inline-block font-semibold text-brand-800 underline">
              Yêu cầu liên kết mới
            </Link>
          ) : (
            <Link href="/login" className="mt-3 inline-block font-semibold text-brand-800 underline">
              Đến trang đăng nhập
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
