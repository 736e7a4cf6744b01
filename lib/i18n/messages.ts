import enCatalogue from "@/messages/en/catalogue.json";
import enCommon from "@/messages/en/common.json";
import enHome from "@/messages/en/home.json";
import viCatalogue from "@/messages/vi/catalogue.json";
import viCommon from "@/messages/vi/common.json";
import viHome from "@/messages/vi/home.json";

// One file per page family and language, so the Vietnamese and English texts of a page sit side by
// side and a test can check both files have the same keys (lib/i18n/messages.test.ts).
export const MESSAGES = {
  vi: { common: viCommon, home: viHome, catalogue: viCatalogue },
  en: { common: enCommon, home: enHome, catalogue: enCatalogue },
} as const;

export type Messages = typeof MESSAGES.vi;
