"use client";

import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import type { MapPoint } from "@/lib/maps/map-point";
import { createBaseMap, element, fitPoints, toLatLng, type MapTiles } from "./base-map";
import { MapCanvas } from "./map-canvas";
import type { MapTexts } from "./map-texts";

export function pinIcon(label: string) {
  return L.divIcon({
    html: element("span", { className: "map-pin", attributes: { role: "img", "aria-label": label } }),
    className: "",
    iconSize: [22, 22],
    iconAnchor: [11, 27],
  });
}

/** One project's point on the map (the public page). Loaded only when it comes into view. */
export default function PointMap({
  point,
  label,
  tiles,
  texts,
}: {
  point: MapPoint;
  label: string;
  tiles: MapTiles;
  texts: Pick<MapTexts, "pin" | "tilesMissing">;
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const [tilesMissing, setTilesMissing] = useState(false);
  const { latitude, longitude } = point;

  useEffect(() => {
    if (!canvas.current) return;
    const map = createBaseMap(canvas.current, tiles, () => setTilesMissing(true));
    const here = { latitude, longitude };
    L.marker(toLatLng(here), { icon: pinIcon(texts.pin), keyboard: false, interactive: false }).addTo(map);
    fitPoints(map, [here], 13);
    return () => {
      map.remove();
    };
  }, [latitude, longitude, tiles, texts.pin]);

  return <MapCanvas canvasRef={canvas} label={label} size="point" tilesMissing={tilesMissing && texts.tilesMissing} />;
}
