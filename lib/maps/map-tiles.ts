import "server-only";
import { env } from "@/lib/env";
import { DEFAULT_TILE_ATTRIBUTION, configuredTileUrl } from "./tile-source.mjs";

/** What a map needs to draw its background: the tile template (null: none) and its attribution. */
export interface MapTiles {
  url: string | null;
  /** HTML from the configuration: "© OpenStreetMap contributors" unless MAP_TILE_ATTRIBUTION says otherwise. */
  attribution: string;
}

/** The configured tiles: the same for every visitor, so public pages can still be rendered once. */
export function mapTiles(): MapTiles {
  return {
    url: configuredTileUrl({ MAP_TILE_URL: env.MAP_TILE_URL }),
    attribution: env.MAP_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION,
  };
}
