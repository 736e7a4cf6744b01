"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { MapPlaceholder } from "./map-canvas";

// The maps load Leaflet (about 150 kB) only when they are needed, never with the page: a project's
// map when it scrolls into view, the catalogue's when the map view is chosen, step 4's when the unit
// opens it. Until then the box keeps its size, so nothing jumps.

export const PointMap = dynamic(() => import("./point-map"), {
  ssr: false,
  loading: () => <MapPlaceholder size="point" />,
});

export const ClusterMap = dynamic(() => import("./cluster-map"), {
  ssr: false,
  loading: () => <MapPlaceholder size="catalogue" />,
});

export const PointPickerMap = dynamic(() => import("./point-picker-map"), {
  ssr: false,
  loading: () => <MapPlaceholder size="point" />,
});

/** Renders `children` once the box is near the viewport; the placeholder until then. */
export function WhenInView({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const node = box.current;
    if (!node || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [seen]);
  return <div ref={box}>{seen ? children : placeholder}</div>;
}
