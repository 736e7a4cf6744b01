import type { Locale as PortalLocale } from "@/lib/i18n/locales";
import type { Messages as PortalMessages } from "@/lib/i18n/messages";

// Message keys and locales are checked by the compiler (next-intl reads its AppConfig from use-intl):
// a key missing from the Vietnamese file fails typecheck.
declare module "use-intl" {
  interface AppConfig {
    Locale: PortalLocale;
    Messages: PortalMessages;
  }
}
