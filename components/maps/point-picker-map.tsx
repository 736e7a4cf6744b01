"use client";

import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import type { MapPoint } from "@/lib/maps/map-point";
import { createBaseMap, fitPoints, toLatLng, type MapTiles } from "./base-map";
import { MapCanvas } from "./map-canvas";
import { pinIcon } from "./point-map";

/**
 * Step 4's map: a click puts the project's point there, the pin can be dragged, and a point typed
 * into the two inputs moves the pin. The inputs stay the way to enter a point by keyboard.
 */
export default function PointPickerMap({
  point,
  onPick,
  label,
  tiles,
}: {
  point: MapPoint | null;
  onPick: (point: MapPoint) => void;
  label: string;
  tiles: MapTiles;
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.Marker | null>(null);
  const pick = useRef(onPick);
  const first = useRef(point);
  const [tilesMissing, setTilesMissing] = useState(false);

  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    if (!canvas.current) return;
    const map = createBaseMap(canvas.current, tiles, () => setTilesMissing(true));
    mapRef.current = map;
    map.on("click", (event: L.LeafletMouseEvent) => pick.current({ latitude: event.latlng.lat, longitude: event.latlng.lng }));
    fitPoints(map, first.current ? [first.current] : [], 12);
    return () => {
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, [tiles]);

  const latitude = point?.latitude;
  const longitude = point?.longitude;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (latitude === undefined || longitude === undefined) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    const at = toLatLng({ latitude, longitude });
    if (markerRef.current) {
      markerRef.current.setLatLng(at);
    } else {
      const marker = L.marker(at, { icon: pinIcon("Vị trí đã chọn"), draggable: true, keyboard: false, autoPan: true });
      marker.on("dragend", () => {
        const moved = marker.getLatLng();
        pick.current({ latitude: moved.lat, longitude: moved.lng });
      });
      markerRef.current = marker.addTo(map);
    }
    if (!map.getBounds().contains(at)) map.panTo(at);
  }, [latitude, longitude]);

  return (
    <MapCanvas
      canvasRef={canvas}
      label={label}
      size="point"
      tilesMissing={tilesMissing && "Không tải được bản đồ nền. Các điểm vẫn đúng vị trí theo tọa độ."}
    />
  );
}
