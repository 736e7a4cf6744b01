import { formatCoordinate, openStreetMapHref, type MapPoint } from "@/lib/maps/map-point";

/** "10,0125; Kinh độ: 105,0809" (after the label "Vĩ độ: "), with a link that opens the point on openstreetmap.org. */
export function MapPointText({ point }: { point: MapPoint }) {
  return (
    <>
      {formatCoordinate(point.latitude)}; Kinh độ: {formatCoordinate(point.longitude)} (
      <a href={openStreetMapHref(point)} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
        xem trên OpenStreetMap
      </a>
      )
    </>
  );
}
