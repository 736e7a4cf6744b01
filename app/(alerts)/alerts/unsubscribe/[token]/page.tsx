import type { Metadata } from "next";
import { AlertLinkPage } from "@/components/alerts/alert-link-page";
import { findByUnsubscribeToken } from "@/lib/alerts/manage-subscription";

export const metadata: Metadata = { title: "Hủy nhận thông báo", referrer: "no-referrer" };

export default async function UnsubscribeAlertPage({ params }: PageProps<"/alerts/unsubscribe/[token]">) {
  const { token } = await params;
  return <AlertLinkPage action="unsubscribe" token={token} subscription={await findByUnsubscribeToken(token)} />;
}
