import type { Metadata } from "next";
import { SetPasswordPage } from "@/components/account/set-password-page";

// The token is in the address: keep it out of the Referer of anything the page loads or links to.
export const metadata: Metadata = { title: "Đặt lại mật khẩu", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  return <SetPasswordPage token={(await params).token} purpose="reset" />;
}
