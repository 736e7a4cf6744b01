import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng thông tin kêu gọi đầu tư tỉnh Kiên Giang", template: "%s | Kêu gọi đầu tư Kiên Giang" },
  description:
    "Danh mục dự án kêu gọi đầu tư của các sở, ban, ngành và UBND cấp huyện tỉnh Kiên Giang, công bố qua Ban Biên tập Cổng thông tin điện tử tỉnh.",
};

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
        <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
