import { getLocale, getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/locales";
import { getSiteSettings } from "@/lib/settings/site-settings";

function contactLine(parts: string[]): string {
  return parts.filter(Boolean).join(" · ");
}

export async function SiteFooter() {
  const [settings, locale, t] = await Promise.all([getSiteSettings(), getLocale(), getTranslations("common")]);
  const board = contactLine([
    settings.editorialBoardAddress,
    settings.editorialBoardPhone && t("phone", { phone: settings.editorialBoardPhone }),
    settings.editorialBoardEmail && t("email", { email: settings.editorialBoardEmail }),
  ]);
  const operator = contactLine([
    settings.operatorPhone && t("phone", { phone: settings.operatorPhone }),
    settings.operatorEmail && t("email", { email: settings.operatorEmail }),
  ]);
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white text-sm text-slate-600 print:hidden">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p className="font-medium text-slate-800">
          {t("editorialBoard", { editorialBoard: settings.editorialBoardName, provinceShort: settings.provinceShortName })}
        </p>
        {board ? <p>{board}</p> : null}
        <p>
          {t("operatedBy", { operator: settings.operatorName })}
          {settings.operatorAddress ? ` – ${settings.operatorAddress}` : null}
          {operator ? ` · ${operator}` : null}
        </p>
        <p>{t("legalBasis", { legalBasis: settings.legalBasis })}</p>
        <p>
          <a href={localHref(locale, "/du-lieu-mo")} className="text-brand-700 underline">
            {t("openData")}
          </a>{" "}
          {t("openDataLine")}
        </p>
      </div>
    </footer>
  );
}
