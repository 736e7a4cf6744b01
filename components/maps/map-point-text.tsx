import type { Locale } from "@/lib/i18n/locales";
import { formatCoordinate, openStreetMapHref, type MapPoint } from "@/lib/maps/map-point";

/** "10,0125; Kinh độ: 105,0809" (after the label "Vĩ độ: "), with a link that opens the point on openstreetmap.org. */
export function MapPointText({
  point,
  locale,
  words,
}: {
  point: MapPoint;
  locale: Locale;
  words: { longitude: string; openStreetMap: string };
}) {
  // English writes a decimal point: "10.0125".
  const coordinate = (value: number) => (locale === "en" ? String(Number(value.toFixed(6))) : formatCoordinate(value));
  return (
    <>
      {coordinate(point.latitude)}; {words.longitude}
      {coordinate(point.longitude)} (
      <a href={openStreetMapHref(point)} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
        {words.openStreetMap}
      </a>
      )
    </>
  );
}
