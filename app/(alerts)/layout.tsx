import type { ReactNode } from "react";
import { PRIVATE_PAGE_METADATA } from "@/lib/seo/private-pages";

// Pages opened from an alert's mails: the token in the address is the subscriber's only key, so they
// are neither indexed nor cached for everyone (lib/http/public-requests.mjs leaves /alerts out).
export const metadata = PRIVATE_PAGE_METADATA;

export default function AlertLinkLayout({ children }: { children: ReactNode }) {
  return children;
}
