import type { Metadata } from "next";
import { SetPasswordPage } from "@/components/account/set-password-page";

// The token is in the address: keep it out of the Referer of anything the page loads or links to.
export const metadata: Metadata = { title: "Kích hoạt tài khoản", referrer: "no-referrer" };

export default async function InvitationPage({ params }: PageProps<"/invitation/[token]">) {
  return <SetPasswordPage token={(await params).token} purpose="invitation" />;
}
