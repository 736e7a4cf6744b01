/** The three lists an admin keeps, by the name their URL parameter has in the catalogue. */
export const REFERENCE_KINDS = ["sector", "location", "form"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const REFERENCE_KIND_LABELS: Record<ReferenceKind, { plural: string; singular: string }> = {
  sector: { plural: "Ngành, lĩnh vực", singular: "ngành, lĩnh vực" },
  location: { plural: "Địa bàn", singular: "địa bàn" },
  form: { plural: "Hình thức đầu tư", singular: "hình thức đầu tư" },
};

export function isReferenceKind(value: unknown): value is ReferenceKind {
  return typeof value === "string" && (REFERENCE_KINDS as readonly string[]).includes(value);
}

/**
 * Kinds whose entries have an English name for the English pages. Locations have none: place names
 * read the same in English ("Thành phố Phú Quốc").
 */
export function hasEnglishName(kind: ReferenceKind): kind is "sector" | "form" {
  return kind !== "location";
}
