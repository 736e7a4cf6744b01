import type { FieldKey } from "@/lib/template/fields";
import { EXTENSION_PROPERTY } from "./oc4ids-codes";

/**
 * Where each field of the template lands in an OC4IDS project. Typed by the template's own keys, so
 * a field added to lib/template/fields.ts does not compile until it has a place here. Paths read
 * like JSON paths; `[publicAuthority]` picks the party with that role, `[site]` the location with
 * that id and `[]` any element. The README's mapping table is this table, and a test checks that a
 * project's every field is found at its paths.
 *
 * Fields under `investmentCall.` are the local extension's (extension/release-schema.json): the
 * standard has no place for them. The builder copies those by the field table's kind, so a text
 * field moved to the extension needs no code.
 */
export interface Oc4idsPlacement {
  paths: readonly string[];
  /** In the local extension rather than the standard. */
  extension: boolean;
  /** How the value changes on the way, in English (README). */
  note?: string;
  /** The extension's title, where the field table's English label says too little on its own. */
  title?: string;
}

const ext = (property: string, note?: string): Oc4idsPlacement => ({
  paths: [`${EXTENSION_PROPERTY}.${property}`],
  extension: true,
  note,
});

const standard = (paths: string[], note?: string): Oc4idsPlacement => ({ paths, extension: false, note });

export const OC4IDS_FIELDS: Record<FieldKey, Oc4idsPlacement> = {
  unitName: standard(["parties[publicAuthority].name", "publicAuthority.name"]),
  unitAddress: standard(
    ["parties[publicAuthority].address.streetAddress"],
    "the province and country added as region and countryName",
  ),
  unitPhone: standard(["parties[publicAuthority].contactPoint.telephone"]),
  unitFax: standard(["parties[publicAuthority].contactPoint.faxNumber"], "left out when empty"),
  unitEmail: standard(["parties[publicAuthority].contactPoint.email"]),
  unitWebsite: standard(["parties[publicAuthority].contactPoint.url"], "left out when empty or not an http(s) address"),
  contactName: standard(["parties[publicAuthority].contactPoint.name", "parties[publicAuthority].people[].name"]),
  contactTitle: standard(["parties[publicAuthority].people[].jobTitle"]),
  sectorCode: standard(
    ["sector", "additionalClassifications[].id"],
    "sector: the projectSector codes of the table below; additionalClassifications: the portal's own code and name (scheme x_portalSector)",
  ),
  name: standard(["title"]),
  nameEn: ext("nameEn", "the unit's own English name; left out when it gave none"),
  objectives: standard(["description"]),
  summaryEn: ext("summaryEn", "the unit's own English summary; left out when it gave none"),
  investmentFormCode: ext("investmentForm.id", "the portal's code; its name in investmentForm.name"),
  capitalTy: standard(["budget.amount.amount"], "in whole VND (tỷ đồng × 10⁹), currency VND"),
  capitalUsdMillion: {
    ...ext("capitalUsd.amount", "in whole USD (million × 10⁶), currency USD"),
    title: "Total estimated investment in USD",
  },
  scale: ext("scale"),
  areaHa: ext("areaHa", "hectares"),
  durationYears: {
    paths: [`${EXTENSION_PROPERTY}.durationYears`, "period.durationInDays"],
    extension: true,
    note: "exact years in the extension; period.durationInDays = years × 365.25, rounded",
  },
  implementationPlan: ext("implementationPlan"),
  legalBasis: ext("legalBasis"),
  locationCodes: standard(
    ["locations[].id"],
    "one location per district: id = the portal's code, description and address.locality = its name",
  ),
  locationText: standard(
    ["locations[site].description"],
    "location id site; its geometry is the map point, when the project has one",
  ),
  latitude: standard(
    ["locations[site].geometry.coordinates"],
    "a GeoJSON Point, longitude first; left out when there is no point",
  ),
  longitude: standard(
    ["locations[site].geometry.coordinates"],
    "a GeoJSON Point, longitude first; left out when there is no point",
  ),
  infrastructure: ext("infrastructure"),
  incentives: ext("incentives"),
  socialEfficiency: standard(["purpose"]),
  dossierSubmission: ext("dossierSubmission"),
};
