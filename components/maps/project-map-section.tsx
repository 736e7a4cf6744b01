import type { MapPoint } from "@/lib/maps/map-point";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { MapPlaceholder } from "./map-canvas";
import { MapNoScript } from "./map-no-script";
import { PointMap, WhenInView } from "./lazy-maps";

/**
 * The project's point on a map, below its template. Leaflet arrives only when the section scrolls
 * into view; without JavaScript, item 7's coordinates and link to OpenStreetMap stand in for it.
 */
export function ProjectMapSection({ point, projectName, tiles }: { point: MapPoint; projectName: string; tiles: MapTiles }) {
  const label = `Bản đồ vị trí dự án ${projectName}`;
  return (
    <section aria-labelledby="ban-do" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 print:hidden">
      <h2 id="ban-do" className="text-lg font-bold text-brand-900">
        Vị trí trên bản đồ
      </h2>
      <div className="mt-3">
        <WhenInView placeholder={<MapPlaceholder label="Bản đồ" size="point" />}>
          <PointMap point={point} label={label} tiles={tiles} />
        </WhenInView>
        <MapNoScript>
          Bản đồ cần JavaScript để hiển thị. Tọa độ của dự án và liên kết tới OpenStreetMap ở mục 7 phía trên.
        </MapNoScript>
      </div>
    </section>
  );
}
