import { getTranslations } from "next-intl/server";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";

/**
 * What the portal calls itself in the page's language. Vietnamese reads the province's settings as
 * they are written; English builds its names from the province's short name, since the settings
 * hold Vietnamese text only.
 */
export async function portalTexts(settings: SiteSettingsValues) {
  const t = await getTranslations("common");
  const values = {
    portalName: settings.portalName,
    province: settings.provinceName,
    provinceShort: settings.provinceShortName,
    editorialBoard: settings.editorialBoardName,
  };
  return {
    committee: t("peoplesCommittee", values),
    name: t("portalName", values),
    title: t("portalTitle", values),
    tabSuffix: t("tabSuffix", values),
    description: t("portalDescription", values),
  };
}
