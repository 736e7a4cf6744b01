"use client";

import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import Supercluster from "supercluster";
import type { MapProject } from "@/lib/maps/map-project";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { createBaseMap, element, fitPoints, type MapTiles } from "./base-map";
import { MapCanvas } from "./map-canvas";
import type { MapTexts } from "./map-texts";

type Properties = { slug: string; name: string };

/** A project's pin: a link to its page, named by the project, reachable with Tab. */
function projectMarker(project: Properties, at: L.LatLng, projectsPath: string) {
  const link = element("a", {
    className: "map-pin",
    attributes: { href: `${projectsPath}/${project.slug}`, "aria-label": project.name, title: project.name },
  });
  const icon = L.divIcon({ html: link, className: "", iconSize: [22, 22], iconAnchor: [11, 27] });
  return L.marker(at, { icon, keyboard: false, interactive: false });
}

/** A cluster: a button that zooms in to where its projects separate. */
function clusterMarker(count: number, at: L.LatLng, texts: { count: string; label: string }, zoomIn: () => void) {
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  const button = element("button", {
    className: "map-cluster",
    text: texts.count,
    attributes: { type: "button", "aria-label": texts.label.replace("{count}", texts.count) },
  });
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    zoomIn();
  });
  const icon = L.divIcon({ html: button, className: "", iconSize: [size, size] });
  return L.marker(at, { icon, keyboard: false, interactive: false });
}

/**
 * The catalogue's map view: the filtered projects that have a map point, grouped into clusters
 * (supercluster) that split as the map zooms in. Loaded only when the visitor chooses the map view.
 */
export default function ClusterMap({
  projects,
  label,
  tiles,
  texts,
  locale,
}: {
  projects: MapProject[];
  label: string;
  tiles: MapTiles;
  texts: MapTexts;
  locale: Locale;
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const [tilesMissing, setTilesMissing] = useState(false);

  useEffect(() => {
    const container = canvas.current;
    if (!container) return;
    const map = createBaseMap(container, tiles, () => setTilesMissing(true));
    const index = new Supercluster<Properties>({ radius: 56, maxZoom: 16 }).load(
      projects.map((project) => ({
        type: "Feature" as const,
        properties: { slug: project.slug, name: project.name },
        geometry: { type: "Point" as const, coordinates: [project.longitude, project.latitude] },
      })),
    );
    const layer = L.layerGroup().addTo(map);
    const draw = () => {
      layer.clearLayers();
      const bounds = map.getBounds();
      const zoom = Math.round(map.getZoom());
      for (const feature of index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom)) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const at = L.latLng(lat, lng);
        const properties = feature.properties;
        if ("cluster" in properties && properties.cluster) {
          const id = properties.cluster_id as number;
          const count = properties.point_count as number;
          clusterMarker(count, at, { count: count.toLocaleString(INTL_LOCALE[locale]), label: texts.cluster }, () => {
            map.setView(at, Math.min(index.getClusterExpansionZoom(id), 18));
            container.focus();
          }).addTo(layer);
        } else {
          projectMarker(properties as Properties, at, texts.projectsPath).addTo(layer);
        }
      }
    };
    map.on("moveend zoomend", draw);
    fitPoints(map, projects, 13);
    draw();
    return () => {
      map.remove();
    };
  }, [projects, tiles, texts, locale]);

  return <MapCanvas canvasRef={canvas} label={label} size="catalogue" tilesMissing={tilesMissing && texts.tilesMissing} />;
}
