import { getLocale, getTranslations } from "next-intl/server";
import type { MapPoint } from "@/lib/maps/map-point";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { localHref } from "@/lib/i18n/locales";
import { MapPlaceholder } from "./map-canvas";
import { MapNoScript } from "./map-no-script";
import { mapTexts } from "./map-texts";
import { PointMap, WhenInView } from "./lazy-maps";

/**
 * The project's point on a map, below its template. Leaflet arrives only when the section scrolls
 * into view; without JavaScript, item 7's coordinates and link to OpenStreetMap stand in for it.
 */
export async function ProjectMapSection({
  point,
  projectName,
  tiles,
}: {
  point: MapPoint;
  projectName: string;
  tiles: MapTiles;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("project")]);
  const texts = mapTexts(t, localHref(locale, "/projects"));
  return (
    <section aria-labelledby="ban-do" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 print:hidden">
      <h2 id="ban-do" className="text-lg font-bold text-brand-900">
        {t("map.heading")}
      </h2>
      <div className="mt-3">
        <WhenInView placeholder={<MapPlaceholder text={texts.loading} size="point" />}>
          <PointMap point={point} label={t("map.projectMap", { name: projectName })} tiles={tiles} texts={texts} />
        </WhenInView>
        <MapNoScript>{t("map.noScriptPoint")}</MapNoScript>
      </div>
    </section>
  );
}
