import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { languageAlternates } from "./language-alternates";
import { PORTAL_SHARE_IMAGE_PATH, socialMetadata, type SocialPage } from "./social-metadata";

export interface PublicPage {
  locale: Locale;
  /** The page's Vietnamese path; its canonical address in the page's language and the alternates follow from it. */
  path: string;
  title: string;
  description: string;
  /** The portal's title in the page's language: the site name in link previews. */
  portalTitle: string;
  /** The page's own preview picture; the portal's otherwise. */
  image?: SocialPage["image"];
  type?: SocialPage["type"];
  /**
   * The tab shows the title as it is, without the portal's suffix the layout adds: for the home
   * page, whose title is the portal's own name.
   */
  standaloneTitle?: boolean;
  /** The page's Atom and RSS feeds, which feed readers find from the page itself. */
  feeds?: { atom: string; rss: string };
}

/**
 * A public page's metadata in either language: title and description, its canonical address with
 * the `hreflang` alternates, and the link-preview tags, all naming the same address and language
 * so search engines and social sites never see a page disagree with itself.
 */
export function publicPageMetadata(page: PublicPage): Metadata {
  const alternates = languageAlternates(page.locale, page.path);
  return {
    title: page.standaloneTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: page.feeds
      ? {
          ...alternates,
          types: {
            "application/atom+xml": [{ url: page.feeds.atom, title: `${page.title} (Atom)` }],
            "application/rss+xml": [{ url: page.feeds.rss, title: `${page.title} (RSS)` }],
          },
        }
      : alternates,
    ...socialMetadata({
      title: page.title,
      description: page.description,
      path: alternates.canonical,
      siteName: page.portalTitle,
      image: page.image ?? { path: PORTAL_SHARE_IMAGE_PATH, alt: page.portalTitle },
      type: page.type,
      locale: page.locale,
    }),
  };
}
