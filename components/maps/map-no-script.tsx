import type { ReactNode } from "react";

/**
 * Without JavaScript there is no map: the "loading" box is hidden and `children` (the coordinates,
 * a link to OpenStreetMap, a word about the list) stand in its place.
 */
export function MapNoScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <style>{".map-loading{display:none}"}</style>
      <div className="rounded-lg border border-slate-300 bg-[#e8f1f8] p-4 text-sm text-slate-800">{children}</div>
    </noscript>
  );
}
