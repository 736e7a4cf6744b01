import enCatalogue from "@/messages/en/catalogue.json";
import enCommon from "@/messages/en/common.json";
import enEnquiry from "@/messages/en/enquiry.json";
import enHome from "@/messages/en/home.json";
import enOpenData from "@/messages/en/openData.json";
import enProject from "@/messages/en/project.json";
import viCatalogue from "@/messages/vi/catalogue.json";
import viCommon from "@/messages/vi/common.json";
import viEnquiry from "@/messages/vi/enquiry.json";
import viHome from "@/messages/vi/home.json";
import viOpenData from "@/messages/vi/openData.json";
import viProject from "@/messages/vi/project.json";

// One file per page family and language, so the Vietnamese and English texts of a page sit side by
// side and a test can check both files have the same keys (lib/i18n/messages.test.ts).
export const MESSAGES = {
  vi: { common: viCommon, home: viHome, catalogue: viCatalogue, project: viProject, enquiry: viEnquiry, openData: viOpenData },
  en: { common: enCommon, home: enHome, catalogue: enCatalogue, project: enProject, enquiry: enEnquiry, openData: enOpenData },
} as const;

export type Messages = typeof MESSAGES.vi;
