// The portal's own codes as OC4IDS codes. Each table is written once here; the README's mapping
// section and the tests read them.

/** The OC4IDS schema release the package follows, and the version its `version` field names (major.minor). */
export const OC4IDS_SCHEMA_RELEASE = "0.9.3";
export const OC4IDS_VERSION = "0.9";

/**
 * The portal's sectors (Kiên Giang's list, DESIGN.md) to OC4IDS `projectSector` codes (the ones
 * allowed are listed in portal-oc4ids-subset.schema.json). The codelist is open but coarse, so several
 * sectors share a code; the portal's own sector always travels too, in `additionalClassifications`.
 * A sector an admin adds later and that is not listed here gets no `sector` until it is added.
 */
export const SECTOR_TO_OC4IDS: Readonly<Record<string, readonly string[]>> = {
  "giao-thong": ["transport"],
  "nong-nghiep": ["economy"],
  "thuy-san": ["economy"],
  "cong-nghiep": ["economy"],
  "nang-luong": ["energy"],
  "do-thi": ["socialHousing"],
  "du-lich": ["cultureSportsAndRecreation"],
  "thuong-mai-dich-vu": ["economy"],
  "y-te": ["health"],
  "giao-duc": ["education"],
  "van-hoa-the-thao": ["cultureSportsAndRecreation"],
  "moi-truong": ["waterAndWaste"],
  "khu-cong-nghiep": ["economy"],
  "thong-tin-truyen-thong": ["communications"],
};

/** Why each sector maps as it does, where the codelist's own words do not say it (README). */
export const SECTOR_NOTES: Readonly<Record<string, string>> = {
  "thuy-san": "fisheries and aquaculture: agribusiness, which projectSector puts under economy",
  "cong-nghiep": "industry and crafts: economy",
  "do-thi": "urban infrastructure and residential areas: the nearest code is socialHousing",
  "du-lich": "tourism is listed under cultureSportsAndRecreation",
  "khu-cong-nghiep": "industrial parks and economic zones: economy",
};

/** `additionalClassifications[].scheme` of the portal's own sector codes (a local scheme, hence x_). */
export const PORTAL_SECTOR_SCHEME = "x_portalSector";

/**
 * The only status the package shows. A published call invites investors for a project that has been
 * identified but not yet prepared (no investor, feasibility study or design yet): OC4IDS
 * `identification`. Drafts, submissions and withdrawn calls are never in the package.
 */
export const PUBLISHED_PROJECT_STATUS = "identification";

/**
 * Every call is for a new asset (the template has no field that says otherwise): OC4IDS
 * `construction`. Rehabilitation or expansion would need a template field first.
 */
export const PROJECT_TYPE = "construction";

/** The party role of the proposing unit (partyRole codelist). */
export const PUBLIC_AUTHORITY_ROLE = "publicAuthority";

/** The project's own data is in Vietnamese (ISO 639-1). */
export const DATA_LANGUAGE = "vi";

/** The local extension's object on each project (lib/oc4ids/extension/release-schema.json). */
export const EXTENSION_PROPERTY = "investmentCall";
