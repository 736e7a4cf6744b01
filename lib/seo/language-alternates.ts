import { localHref, type Locale } from "@/lib/i18n/locales";

/**
 * A public page's canonical address in its own language and its `hreflang` alternates, from its
 * Vietnamese path: search engines show each visitor the language they read, and Vietnamese is the
 * default for everyone else.
 */
export function languageAlternates(locale: Locale, vietnamesePath: string) {
  const english = localHref("en", vietnamesePath);
  return {
    canonical: locale === "en" ? english : vietnamesePath,
    languages: { vi: vietnamesePath, en: english, "x-default": vietnamesePath },
  };
}
