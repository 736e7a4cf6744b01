import { formatVietnameseNumber } from "@/lib/format/number";
import { TEMPLATE_FIELDS } from "@/lib/template/fields";

// A project's optional map point: two fields of the template table (latitude, longitude) read,
// written and checked the same way in the form, the public page and the maps.

export interface MapPoint {
  latitude: number;
  longitude: number;
}

const latitudeField = TEMPLATE_FIELDS.latitude;
const longitudeField = TEMPLATE_FIELDS.longitude;

/** The box a point must lie in: Kiên Giang with its islands (Phú Quốc, Thổ Chu), from the table's limits. */
export const PROVINCE_BOUNDS = {
  south: latitudeField.min,
  north: latitudeField.max,
  west: longitudeField.min,
  east: longitudeField.max,
} as const;

/** Where a map without points opens: Rạch Giá, the provincial capital. */
export const PROVINCE_CENTER: MapPoint = { latitude: 10.0125, longitude: 105.0809 };

export const BOTH_OR_NEITHER = "Vui lòng nhập cả vĩ độ và kinh độ, hoặc để trống cả hai";

/**
 * A coordinate as people type or paste it: "10.0125", "10,0125", "105.08°". Either mark is the
 * decimal one — a coordinate is never grouped in thousands, so "10.012" is ten point zero one two
 * (the general number reader would take it for 10 012). Anything else gives null.
 */
export function parseCoordinate(text: string): number | null {
  const match = /^([+\-\u2212]?)\s*(\d{1,3})(?:[.,](\d{1,15}))?\s*°?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(`${match[1] ? "-" : ""}${match[2]}${match[3] ? `.${match[3]}` : ""}`);
  return Object.is(value, -0) ? 0 : value;
}

/** "10,012345": the vi-VN decimal comma, at most six places (about 10 cm). */
export function formatCoordinate(value: number): string {
  return formatVietnameseNumber(Number(value.toFixed(6)));
}

/** A stored row's point, when it has both halves. */
export function mapPointOf(row: { latitude?: number | null; longitude?: number | null }): MapPoint | null {
  return typeof row.latitude === "number" && typeof row.longitude === "number"
    ? { latitude: row.latitude, longitude: row.longitude }
    : null;
}

/** The point on openstreetmap.org: the fallback without JavaScript, and a way to see it larger. */
export function openStreetMapHref(point: MapPoint): string {
  const lat = point.latitude.toFixed(6);
  const lng = point.longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=15/${lat}/${lng}`;
}
