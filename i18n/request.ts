import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_HEADER, isLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

// The language comes from the path (/en…), which the proxy puts in a request header: the pages keep
// one route tree, and a page outside /en is Vietnamese whatever the browser prefers.
export default getRequestConfig(async ({ locale }) => {
  const requested = locale ?? (await headers()).get(LOCALE_HEADER);
  const resolved = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale: resolved, messages: MESSAGES[resolved], timeZone: "Asia/Ho_Chi_Minh" };
});
