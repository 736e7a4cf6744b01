import type { Metadata } from "next";
import { OPEN_GRAPH_LOCALE, type Locale } from "@/lib/i18n/locales";

/** The portal's own preview picture, for pages that are not one project (app/share-image.png/route.ts). */
export const PORTAL_SHARE_IMAGE_PATH = "/share-image.png";

/**
 * A published project's preview picture (app/(public)/projects/[slug]/share-image.png/route.ts). The
 * version (its last change) makes an edited project a new address, so Facebook and Zalo, which keep
 * a picture for days, fetch the new one.
 */
export function projectShareImagePath(slug: string, updatedAt: Date): string {
  return `/projects/${slug}/share-image.png?v=${updatedAt.getTime().toString(36)}`;
}

export interface SocialPage {
  title: string;
  description: string;
  /** The page's canonical path; metadataBase (app/layout.tsx) makes it the portal's public address. */
  path: string;
  siteName: string;
  image: { path: string; alt: string };
  type?: "website" | "article";
  /** The page's language; Vietnamese unless said. */
  locale?: Locale;
}

/**
 * Open Graph and Twitter card tags for a public page, so a link pasted into Facebook, Zalo, LinkedIn
 * or X shows its title, description and picture. Next replaces a parent's `openGraph` and `twitter`
 * as a whole, so each page gives all of them.
 */
export function socialMetadata(page: SocialPage): Pick<Metadata, "openGraph" | "twitter"> {
  const image = { url: page.image.path, width: 1200, height: 630, alt: page.image.alt, type: "image/png" };
  return {
    openGraph: {
      type: page.type ?? "website",
      locale: OPEN_GRAPH_LOCALE[page.locale ?? "vi"],
      alternateLocale: OPEN_GRAPH_LOCALE[page.locale === "en" ? "vi" : "en"],
      siteName: page.siteName,
      title: page.title,
      description: page.description,
      url: page.path,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: [{ url: page.image.path, alt: page.image.alt }],
    },
  };
}
