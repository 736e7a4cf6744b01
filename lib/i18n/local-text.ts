import type { Locale } from "./locales";

/** A reference entry's name in the page's language: its English name where one is set, else its own. */
export function localName(locale: Locale, item: { name: string; nameEn?: string | null }): string {
  return locale === "en" && item.nameEn ? item.nameEn : item.name;
}

export interface ProjectTexts {
  name: string;
  /** What the card and the page's description say about the project. */
  summary: string;
  /** The language the texts are in: an English page shows Vietnamese text where the unit gave no English. */
  nameLang: Locale;
  summaryLang: Locale;
}

/**
 * A project's name and summary in the page's language: on English pages the unit's English name and
 * summary (optional fields of the form), else the Vietnamese name and objectives, marked as such.
 */
export function projectTexts(
  locale: Locale,
  project: { name: string; objectives: string; nameEn?: string | null; summaryEn?: string | null },
): ProjectTexts {
  if (locale === "vi") return { name: project.name, summary: project.objectives, nameLang: "vi", summaryLang: "vi" };
  return {
    name: project.nameEn || project.name,
    summary: project.summaryEn || project.objectives,
    nameLang: project.nameEn ? "en" : "vi",
    summaryLang: project.summaryEn ? "en" : "vi",
  };
}
