import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "./map.css";
import { PROVINCE_BOUNDS, type MapPoint } from "@/lib/maps/map-point";
import type { MapTiles } from "@/lib/maps/map-tiles";

// What every map of the portal shares: the province in view, the configured tiles with their
// attribution, and a notice instead of a grey box when the tiles cannot be had.

export type { MapTiles };

/** The province with a margin, so points near its edge are not hidden under the controls. */
export const PROVINCE_LATLNG_BOUNDS = L.latLngBounds(
  [PROVINCE_BOUNDS.south, PROVINCE_BOUNDS.west],
  [PROVINCE_BOUNDS.north, PROVINCE_BOUNDS.east],
);

export const toLatLng = (point: MapPoint) => L.latLng(point.latitude, point.longitude);

/**
 * A Leaflet map in `container`, showing the province. `onTilesMissing` is called once when the
 * background cannot be shown (tiles off, or the first tile that fails): the points stay usable.
 */
export function createBaseMap(container: HTMLElement, tiles: MapTiles, onTilesMissing: () => void): L.Map {
  const map = L.map(container, {
    maxBounds: PROVINCE_LATLNG_BOUNDS.pad(0.5),
    minZoom: 7,
    maxZoom: 18,
    zoomSnap: 0.5,
    attributionControl: false,
  });
  L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map).addAttribution(tiles.attribution);
  map.zoomControl.setPosition("topright");
  // Without a background the scale is what tells near from far.
  L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
  if (tiles.url) {
    let loaded = false;
    let missing = false;
    L.tileLayer(tiles.url, { maxZoom: 19, crossOrigin: false })
      .on("tileload", () => {
        loaded = true;
      })
      .on("tileerror", () => {
        if (loaded || missing) return;
        missing = true;
        onTilesMissing();
      })
      .addTo(map);
  } else {
    onTilesMissing();
  }
  return map;
}

/** Zooms to the points (one point: a close view of it), or shows the province when there are none. */
export function fitPoints(map: L.Map, points: MapPoint[], singleZoom = 13) {
  if (points.length === 0) map.fitBounds(PROVINCE_LATLNG_BOUNDS);
  else if (points.length === 1) map.setView(toLatLng(points[0]!), singleZoom);
  else map.fitBounds(L.latLngBounds(points.map(toLatLng)).pad(0.15), { maxZoom: 14 });
}

/** An element for a divIcon: built with the DOM, so a project's name is always text, never markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className: string; text?: string; attributes?: Record<string, string> },
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attributes ?? {})) node.setAttribute(name, value);
  return node;
}
