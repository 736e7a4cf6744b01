/**
 * The terms the portal's open data is published under (the exports, the API, the open data page).
 * CC BY 4.0: anyone may reuse the data, also commercially, naming the source. A province that
 * chooses other terms changes them here.
 */
export const OPEN_DATA_LICENCE = {
  name: "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)",
  nameEn: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/deed.vi",
} as const;
