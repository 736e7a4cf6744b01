// The portal's two languages. Vietnamese is the default and keeps today's addresses; the public pages
// also exist in English under /en, with English path words where the Vietnamese ones are Vietnamese.

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** The request header the proxy sets from the path, read by i18n/request.ts. */
export const LOCALE_HEADER = "x-portal-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Public pages with an English version: the Vietnamese path and the English one. Longest first. */
const PAGE_PAIRS: readonly (readonly [vi: string, en: string])[] = [
  ["/du-lieu-mo", "/en/open-data"],
  ["/projects", "/en/projects"],
  ["/", "/en"],
];

const ENGLISH_PREFIX = /^\/en(?=\/|$)/;

/** Which language a path is in: /en and everything under it is English. */
export function localeOfPath(pathname: string): Locale {
  return ENGLISH_PREFIX.test(pathname) ? "en" : "vi";
}

function splitPath(href: string): [path: string, rest: string] {
  const at = href.search(/[?#]/);
  return at === -1 ? [href, ""] : [href.slice(0, at), href.slice(at)];
}

function matches(path: string, base: string): boolean {
  return base === "/" || base === "/en" ? path === base : path === base || path.startsWith(`${base}/`);
}

/**
 * The same page in the other language, query and fragment kept: "/projects?sector=du-lich" ↔
 * "/en/projects?sector=du-lich". Null for a page that exists in one language only.
 */
export function pathInLocale(href: string, locale: Locale): string | null {
  const [path, rest] = splitPath(href);
  const from = localeOfPath(path);
  if (from === locale) return href;
  for (const [vi, en] of PAGE_PAIRS) {
    const [source, target] = from === "vi" ? [vi, en] : [en, vi];
    if (matches(path, source)) return `${target}${path.slice(source.length)}${rest}` || "/";
  }
  return null;
}

/**
 * A Vietnamese public path as the given language writes it: `localHref("en", "/projects/x")` is
 * "/en/projects/x". Paths without an English version stay as they are (they open in Vietnamese).
 */
export function localHref(locale: Locale, href: string): string {
  return pathInLocale(href, locale) ?? href;
}

/** Intl's name for the language, for number and date formatters. */
export const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Open Graph's name for the language (`og:locale`). */
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };
