import { getLocale, getTranslations } from "next-intl/server";
import type { CatalogueMap as CatalogueMapData } from "@/lib/maps/catalogue-map-projects";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { localHref } from "@/lib/i18n/locales";
import { ClusterMap } from "./lazy-maps";
import { MapNoScript } from "./map-no-script";
import { mapTexts } from "./map-texts";

/**
 * The catalogue's map view: the filtered projects that have a map point, clustered. The list stays
 * below it, the way to read the results with a keyboard or a screen reader.
 */
export async function CatalogueMap({ map, total, tiles }: { map: CatalogueMapData; total: number; tiles: MapTiles }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("project")]);
  const shown = map.projects.length;
  return (
    <section aria-labelledby="ban-do-du-an" className="mt-4">
      <h3 id="ban-do-du-an" className="sr-only">
        {t("map.catalogueHeading")}
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        {shown === 0
          ? t("map.catalogueNone")
          : `${t("map.catalogueShown", { shown, total })}${map.located > shown ? t("map.catalogueFirst", { shown }) : ""}${t("map.catalogueHint")}`}
      </p>
      <ClusterMap
        projects={map.projects}
        label={t("map.catalogueMap")}
        tiles={tiles}
        texts={mapTexts(t, localHref(locale, "/projects"))}
        locale={locale}
      />
      <MapNoScript>{t("map.noScriptCatalogue")}</MapNoScript>
    </section>
  );
}
