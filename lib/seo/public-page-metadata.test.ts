import { describe, expect, it } from "vitest";
import { publicPageMetadata } from "./public-page-metadata";
import { PORTAL_SHARE_IMAGE_PATH } from "./social-metadata";

const page = {
  path: "/du-lieu-mo",
  title: "Open data",
  description: "Download the calls for investment.",
  portalTitle: "Kien Giang Investment Portal",
};

describe("publicPageMetadata", () => {
  it("names the page's own language as canonical and both languages as alternates", () => {
    const metadata = publicPageMetadata({ ...page, locale: "en" });
    expect(metadata.alternates).toEqual({
      canonical: "/en/open-data",
      languages: { vi: "/du-lieu-mo", en: "/en/open-data", "x-default": "/du-lieu-mo" },
    });
    expect(metadata.openGraph).toMatchObject({ url: "/en/open-data", locale: "en_GB", alternateLocale: "vi_VN" });
  });

  it("shows the portal's picture unless the page has its own", () => {
    const metadata = publicPageMetadata({ ...page, locale: "vi" });
    expect(metadata.openGraph).toMatchObject({
      siteName: page.portalTitle,
      images: [{ url: PORTAL_SHARE_IMAGE_PATH, alt: page.portalTitle }],
    });
    expect(metadata.twitter).toMatchObject({ title: page.title, description: page.description });
  });

  it("keeps a standalone title out of the layout's template", () => {
    expect(publicPageMetadata({ ...page, locale: "vi" }).title).toBe(page.title);
    expect(publicPageMetadata({ ...page, locale: "vi", standaloneTitle: true }).title).toEqual({ absolute: page.title });
  });

  it("lists the page's feeds beside its alternates", () => {
    const metadata = publicPageMetadata({ ...page, locale: "vi", feeds: { atom: "/feed.atom", rss: "/feed.rss" } });
    expect(metadata.alternates).toMatchObject({
      canonical: "/du-lieu-mo",
      types: {
        "application/atom+xml": [{ url: "/feed.atom", title: "Open data (Atom)" }],
        "application/rss+xml": [{ url: "/feed.rss", title: "Open data (RSS)" }],
      },
    });
  });
});
