import type { CatalogueMap as CatalogueMapData } from "@/lib/maps/catalogue-map-projects";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { formatNumber } from "@/lib/format/money";
import { ClusterMap } from "./lazy-maps";
import { MapNoScript } from "./map-no-script";

/**
 * The catalogue's map view: the filtered projects that have a map point, clustered. The list stays
 * below it, the way to read the results with a keyboard or a screen reader.
 */
export function CatalogueMap({ map, total, tiles }: { map: CatalogueMapData; total: number; tiles: MapTiles }) {
  const shown = map.projects.length;
  return (
    <section aria-labelledby="ban-do-du-an" className="mt-4">
      <h3 id="ban-do-du-an" className="sr-only">
        Bản đồ dự án
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        {shown === 0
          ? "Chưa dự án nào trong kết quả có vị trí trên bản đồ."
          : `${formatNumber(shown)} trong ${formatNumber(total)} dự án có vị trí trên bản đồ${
              map.located > shown ? ` (hiển thị ${formatNumber(shown)} dự án đầu tiên)` : ""
            }. Chọn một điểm để mở trang dự án; danh sách đầy đủ ở bên dưới.`}
      </p>
      <ClusterMap projects={map.projects} label="Bản đồ các dự án trong kết quả tìm kiếm" tiles={tiles} />
      <MapNoScript>Bản đồ cần JavaScript để hiển thị. Danh sách dự án ở bên dưới vẫn dùng được.</MapNoScript>
    </section>
  );
}
