/** What the portal calls itself and who runs it: everything that differs between provinces. */
export interface SiteSettingsValues {
  /** As it reads inside a sentence, with its level: "tỉnh Kiên Giang", "thành phố Cần Thơ". */
  provinceName: string;
  /** Without the level, for the browser tab: "Kiên Giang". */
  provinceShortName: string;
  portalName: string;
  editorialBoardName: string;
  editorialBoardAddress: string;
  editorialBoardPhone: string;
  editorialBoardEmail: string;
  /** The department that runs the portal (Sở Thông tin và Truyền thông until the 2025 reorganisation). */
  operatorName: string;
  operatorAddress: string;
  operatorPhone: string;
  operatorEmail: string;
  /** The footer's line on why units publish here and on what template. */
  legalBasis: string;
}

/** The texts the portal was first written with, for Kiên Giang: seeded, and shown while the row is missing. */
export const DEFAULT_SITE_SETTINGS: SiteSettingsValues = {
  provinceName: "tỉnh Kiên Giang",
  provinceShortName: "Kiên Giang",
  portalName: "Cổng thông tin kêu gọi đầu tư",
  editorialBoardName: "Ban Biên tập Cổng thông tin điện tử tỉnh Kiên Giang",
  editorialBoardAddress: "",
  editorialBoardPhone: "",
  editorialBoardEmail: "",
  operatorName: "Sở Thông tin và Truyền thông",
  operatorAddress: "Số 29 Trần Phú, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang",
  operatorPhone: "",
  operatorEmail: "",
  legalBasis:
    "Thông tin dự án do các sở, ban, ngành và UBND cấp huyện cung cấp theo mẫu thống nhất (Công văn số 786/UBND-VHXH ngày 08/6/2018 của UBND tỉnh).",
};

/** The row's one id: there is one portal per database. */
export const SITE_SETTINGS_ID = "site";

/** The full title: "Cổng thông tin kêu gọi đầu tư tỉnh Kiên Giang". */
export function portalTitle(settings: SiteSettingsValues): string {
  return `${settings.portalName} ${settings.provinceName}`;
}

/** The portal's description: the home page's, and any page's without one of its own. */
export function portalDescription(settings: SiteSettingsValues): string {
  return `Danh mục dự án kêu gọi đầu tư của các sở, ban, ngành và UBND các cấp ${settings.provinceName}, công bố qua ${settings.editorialBoardName}.`;
}

/** What follows a page's own title in the browser tab: "Kêu gọi đầu tư Kiên Giang". */
export function tabSuffix(settings: SiteSettingsValues): string {
  return `Kêu gọi đầu tư ${settings.provinceShortName}`;
}
