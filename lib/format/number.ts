/**
 * Numbers as people in Vietnam read and write them: a dot groups thousands and a comma marks the
 * decimals ("1.250,5"), the way the site itself prints "1.000 tỷ đồng". The one reader and writer
 * for every number a person types or a link carries: the project form, the catalogue's capital
 * filter and /api/projects, so "1.000" means one thousand wherever it is typed.
 */

const NUMBER_SPACES = /[ \u00A0\u202F]/g;

/**
 * Reads a number as people type it in Vietnam, or returns null.
 *
 * - vi-VN: "1.250,5" (dot groups thousands, comma is the decimal mark); "1 250,5" also works;
 * - plain / en-US: "1250.5", "1,250.5";
 * - a sign is allowed ("-5" is a number; the schemas then say it must be positive).
 *
 * Ambiguous input is read the vi-VN way: "1.250" is 1250 (a dot followed by one group of exactly
 * three digits is a thousands separator) and "1,25" / "1,250" is 1.25 / 1.250 (a lone comma is the
 * decimal mark). "0.125" and "1250.5" are decimals, because they cannot be thousands groups.
 * Exponents ("1e12"), units, letters and malformed groups ("12.34.5") give null.
 */
export function parseVietnameseNumber(text: string): number | null {
  if (typeof text !== "string") return null;
  let s = text.trim();
  if (s.length === 0 || s.length > 64) return null;

  let sign = "";
  const first = s[0];
  if (first === "+" || first === "-" || first === "\u2212") {
    sign = first === "+" ? "" : "-";
    s = s.slice(1).trimStart();
  }
  if (!/^[0-9., \u00A0\u202F]+$/.test(s)) return null;

  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  const spaced = /[ \u00A0\u202F]/.test(s);

  let group: "." | "," | " " | null = null;
  let decimal: "." | "," | null = null;
  if (spaced) {
    // "1 250,5" / "1 250.5": spaces group, at most one other mark and it is the decimal one.
    if (dots + commas > 1) return null;
    group = " ";
    decimal = dots === 1 ? "." : commas === 1 ? "," : null;
  } else if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, and it may occur only once.
    decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    if ((decimal === "." ? dots : commas) > 1) return null;
    group = decimal === "." ? "," : ".";
  } else if (dots + commas > 1) {
    group = dots > 0 ? "." : ",";
  } else if (commas === 1) {
    decimal = ",";
  } else if (dots === 1) {
    const [intPart = "", fraction = ""] = s.split(".");
    if (/^[1-9]\d{0,2}$/.test(intPart) && /^\d{3}$/.test(fraction)) group = ".";
    else decimal = ".";
  }

  let intPart = s;
  let fraction = "";
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
  }
  if (group) {
    const groups = group === " " ? intPart.split(NUMBER_SPACES) : intPart.split(group);
    const [lead = "", ...rest] = groups;
    if (!/^[1-9]\d{0,2}$/.test(lead) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
    intPart = groups.join("");
  }
  if (!/^\d*$/.test(intPart) || (intPart === "" && fraction === "")) return null;

  const value = Number(`${sign}${intPart || "0"}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // no -0
}

/**
 * Writes a number the vi-VN way ("1.250,5"), so that a stored value put back into a text input
 * reads back as the same number. Use it for default values: `String(12.345)` would read back as
 * 12345 (vi-VN thousands), this gives "12,345".
 */
export function formatVietnameseNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  let plain = Math.abs(value).toString();
  if (/e/i.test(plain))
    plain = Math.abs(value)
      .toFixed(20)
      .replace(/\.?0+$/, "");
  const [intPart = "0", fraction] = plain.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

const ENGLISH_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a number as an English page's visitor types it: "1,000" is one thousand there, where a
 * Vietnamese reader means one. Everything else reads as on the Vietnamese pages, so the catalogue's
 * own links ("1.000", "2,5") mean the same in both languages.
 */
export function parseEnglishNumber(text: string): number | null {
  if (typeof text === "string" && ENGLISH_GROUPED.test(text.trim())) return Number(text.trim().replaceAll(",", ""));
  return parseVietnameseNumber(text);
}
