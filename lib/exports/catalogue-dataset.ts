import { catalogueExportHref, catalogueHref, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { projectsDataset } from "@/lib/seo/structured-data";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";
import { EXPORT_FORMATS, EXPORT_FORMAT_KEYS } from "./export-formats";

/** A catalogue view as a schema.org Dataset whose downloads are the view's exports. */
export function catalogueDataset(query: CatalogueQuery, settings: SiteSettingsValues, absolute: (path: string) => string) {
  return projectsDataset(
    {
      name: `Dự án kêu gọi đầu tư ${settings.provinceName}`,
      description: `Các dự án kêu gọi đầu tư do sở, ban, ngành và UBND các cấp ${settings.provinceName} đề xuất, được ${settings.editorialBoardName} công bố theo mẫu thống nhất: ngành, hình thức đầu tư, vốn, thời hạn, địa điểm, hạ tầng, ưu đãi và đơn vị đề xuất.`,
      path: catalogueHref({ ...query, page: 1 }),
      licenceUrl: OPEN_DATA_LICENCE.url,
      downloads: EXPORT_FORMAT_KEYS.map((format) => ({
        format: EXPORT_FORMATS[format].label,
        contentType: EXPORT_FORMATS[format].contentType,
        path: catalogueExportHref(query, format),
      })),
    },
    settings,
    absolute,
  );
}
