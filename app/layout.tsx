import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { portalLink } from "@/lib/auth/portal-url";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { PORTAL_SHARE_IMAGE_PATH } from "@/lib/seo/social-metadata";
import { OPEN_GRAPH_LOCALE } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [settings, locale] = await Promise.all([getSiteSettings(), getLocale()]);
  const portal = await portalTexts(settings);
  return {
    // Canonical links and structured data name the portal's public address, whatever host a request used.
    metadataBase: new URL(portalLink("/")),
    title: { default: portal.title, template: `%s | ${portal.tabSuffix}` },
    description: portal.description,
    // Pages without their own (sign-in, errors) still name the portal and show its picture when shared;
    // every public page gives its own (lib/seo/social-metadata.ts).
    openGraph: {
      type: "website",
      locale: OPEN_GRAPH_LOCALE[locale],
      siteName: portal.title,
      images: [{ url: PORTAL_SHARE_IMAGE_PATH, width: 1200, height: 630, alt: portal.title, type: "image/png" }],
    },
    twitter: { card: "summary_large_image", images: [{ url: PORTAL_SHARE_IMAGE_PATH, alt: portal.title }] },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a4a8a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
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
