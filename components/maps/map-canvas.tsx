"use client";

import type { Ref } from "react";

/** How tall a map is: a project's point, or the catalogue's many. */
export const MAP_HEIGHT = { point: "h-72 sm:h-80", catalogue: "h-[26rem] sm:h-[32rem]" } as const;

export type MapSize = keyof typeof MAP_HEIGHT;

/**
 * The box a map is drawn into, the same size before Leaflet arrives (no jump), with its label, and
 * the notice that says the background is missing while the points stay where they are.
 */
export function MapCanvas({
  canvasRef,
  label,
  size,
  tilesMissing,
}: {
  canvasRef?: Ref<HTMLDivElement>;
  label: string;
  size: MapSize;
  /** The notice shown while the background map cannot be loaded; none while it can. */
  tilesMissing?: string | false;
}) {
  return (
    <div className="relative">
      <div
        ref={canvasRef}
        role="region"
        aria-label={label}
        className={`portal-map ${MAP_HEIGHT[size]} w-full overflow-hidden rounded-lg border border-slate-300 bg-[#e8f1f8]`}
      />
      {tilesMissing ? (
        <p
          role="status"
          className="pointer-events-none absolute left-2 top-2 z-[1000] max-w-[calc(100%-4rem)] rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-xs text-slate-800 shadow-sm"
        >
          {tilesMissing}
        </p>
      ) : null}
    </div>
  );
}

/** What stands in the map's place until its code has loaded; `text` says so ("Đang tải bản đồ…"). */
export function MapPlaceholder({ text, size }: { text?: string; size: MapSize }) {
  return (
    <div
      className={`map-loading ${MAP_HEIGHT[size]} flex w-full items-center justify-center rounded-lg border border-slate-300 bg-[#e8f1f8] text-sm text-slate-700`}
    >
      {text ? <span>{text}</span> : <span aria-hidden="true">…</span>}
    </div>
  );
}
