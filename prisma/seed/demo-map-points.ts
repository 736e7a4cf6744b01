import type { DemoProject } from "./types";

/**
 * Roughly the centre of each district or city of the province (WGS84), for the demo's map points:
 * a demo project sits near its first location, so the catalogue's map view has something to show.
 * Demo data only; real projects get the point their unit sets in step 4.
 */
const DISTRICT_CENTRES: Record<string, [latitude: number, longitude: number]> = {
  "rach-gia": [10.0125, 105.0809],
  "ha-tien": [10.3833, 104.4883],
  "phu-quoc": [10.227, 103.967],
  "kien-luong": [10.283, 104.6],
  "hon-dat": [10.183, 104.917],
  "kien-hai": [9.95, 104.83],
  "giang-thanh": [10.45, 104.68],
  "chau-thanh": [9.95, 105.17],
  "tan-hiep": [10.11, 105.28],
  "giong-rieng": [9.91, 105.31],
  "go-quao": [9.73, 105.27],
  "an-bien": [9.8, 105.06],
  "an-minh": [9.64, 104.99],
  "u-minh-thuong": [9.6, 105.13],
  "vinh-thuan": [9.51, 105.26],
};

/**
 * The demo project's point: its first location's centre, moved by a few hundred metres per project
 * so that projects of one district do not sit on one spot. None where the district is not listed.
 */
export function demoMapPoint(demo: DemoProject, index: number): { latitude?: number; longitude?: number } {
  const centre = DISTRICT_CENTRES[demo.locations[0] ?? ""];
  if (!centre) return {};
  const angle = index * 2.4;
  const distance = 0.004 + (index % 5) * 0.003;
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    latitude: round(centre[0] + distance * Math.sin(angle)),
    longitude: round(centre[1] + distance * Math.cos(angle)),
  };
}
