import type { MapPoint } from "./map-point";

/** A published project on the catalogue's map: where it is, what it is called, where its page is. */
export interface MapProject extends MapPoint {
  slug: string;
  name: string;
}
