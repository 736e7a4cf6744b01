import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { portalLink } from "@/lib/auth/portal-url";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { PORTAL_SHARE_IMAGE_PATH } from "@/lib/seo/social-metadata";
import { portalDescription, portalTitle, tabSuffix } from "@/lib/settings/site-settings-defaults";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    // Canonical links and structured data name the portal's public address, whatever host a request used.
    metadataBase: new URL(portalLink("/")),
    title: { default: portalTitle(settings), template: `%s | ${tabSuffix(settings)}` },
    description: portalDescription(settings),
    // Pages without their own (sign-in, errors) still name the portal and show its picture when shared;
    // every public page gives its own (lib/seo/social-metadata.ts).
    openGraph: {
      type: "website",
      locale: "vi_VN",
      siteName: portalTitle(settings),
      images: [{ url: PORTAL_SHARE_IMAGE_PATH, width: 1200, height: 630, alt: portalTitle(settings), type: "image/png" }],
    },
    twitter: { card: "summary_large_image", images: [{ url: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) }] },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a4a8a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col">
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Chuyển đến nội dung chính
        </a>
        <SiteHeader />
        <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8 print:max-w-none print:p-0">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
