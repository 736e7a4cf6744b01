import type { Metadata } from "next";
import { AlertLinkPage } from "@/components/alerts/alert-link-page";
import { findByConfirmToken } from "@/lib/alerts/manage-subscription";

// The token is in the address: keep it out of the Referer of anything the page loads or links to.
export const metadata: Metadata = { title: "Xác nhận đăng ký nhận thông báo", referrer: "no-referrer" };

export default async function ConfirmAlertPage({ params }: PageProps<"/alerts/confirm/[token]">) {
  const { token } = await params;
  return <AlertLinkPage action="confirm" token={token} subscription={await findByConfirmToken(token)} />;
}
