export const DEFAULT_TILE_URL: string;
export const DEFAULT_TILE_ATTRIBUTION: string;
export function tileUrlProblem(template: string): string | null;
export function configuredTileUrl(env?: Record<string, string | undefined>): string | null;
export function tileImageSource(template: string | null | undefined): string | null;
