// Where the maps' background tiles come from. Plain JavaScript, because the production server
// (scripts/public-pages.mjs) builds the Content-Security-Policy from it as well as the app.
//
// MAP_TILE_URL is a Leaflet tile template ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", the
// default); "none" turns the background off (an intranet without a tile server): the maps then show
// their points on a plain background. The page never waits for tiles either way.

export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Why a configured template cannot be used, or null when it can. */
export function tileUrlProblem(template) {
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{y\}/.test(template))
    return "MAP_TILE_URL phải chứa {z}, {x} và {y}, ví dụ https://tile.openstreetmap.org/{z}/{x}/{y}.png (hoặc none)";
  let url;
  try {
    url = new URL(template.replaceAll("{s}", "s").replace(/\{[a-z]+\}/g, "0"));
  } catch {
    return "MAP_TILE_URL không phải là địa chỉ hợp lệ";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "MAP_TILE_URL phải là địa chỉ https:// (hoặc http://)";
  if (url.username || url.password) return "MAP_TILE_URL không được chứa tên đăng nhập hay mật khẩu";
  // A CSP wildcard covers only the leftmost label of a host: {s} may stand only there.
  if (/\{s\}/.test(url.hostname) || (template.includes("{s}") && !/^[a-z]+:\/\/\{s\}\./i.test(template)))
    return "MAP_TILE_URL chỉ được dùng {s} ở đầu tên máy chủ, ví dụ https://{s}.tile.example.vn/{z}/{x}/{y}.png";
  return null;
}

/** The configured template, the default when unset, or null when tiles are off ("none") or unusable. */
export function configuredTileUrl(env = process.env) {
  const value = (env.MAP_TILE_URL ?? "").trim();
  if (value === "") return DEFAULT_TILE_URL;
  if (value.toLowerCase() === "none") return null;
  return tileUrlProblem(value) === null ? value : null;
}

/**
 * The CSP source for the tiles' host and nothing broader: "https://tile.openstreetmap.org", or
 * "https://*.tile.example.vn" for a template with {s} subdomains; null when there are no tiles.
 */
export function tileImageSource(template) {
  if (!template || tileUrlProblem(template) !== null) return null;
  const url = new URL(template.replaceAll("{s}", "s").replace(/\{[a-z]+\}/g, "0"));
  const host = template.includes("{s}") ? url.host.replace(/^s\./, "*.") : url.host;
  return `${url.protocol}//${host}`;
}
