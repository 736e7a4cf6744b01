/** "," for most programs; ";" for Excel on Windows set to Vietnamese, whose list separator it is. */
const CSV_SEPARATORS = { comma: ",", semicolon: ";" } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

export type CsvValue = string | number | null;

function cell(value: CsvValue): string {
  const text = value === null ? "" : String(value);
  // Quote everything; a leading =, +, -, @, tab or carriage return would be run as a formula by Excel.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The byte order mark that opens every CSV file, so Excel reads it as UTF-8 and shows Vietnamese correctly. */
export const CSV_BOM = "\uFEFF";

/** One line of a CSV file, with its CRLF. */
export function csvLine(values: CsvValue[], separator: CsvSeparator = "comma"): string {
  return `${values.map(cell).join(CSV_SEPARATORS[separator])}\r\n`;
}

/** A table as CSV in UTF-8 with a BOM, so Excel shows Vietnamese correctly; CRLF line ends. */
export function toCsv(header: string[], rows: CsvValue[][], separator: CsvSeparator = "comma"): string {
  return `${CSV_BOM}${[header, ...rows].map((row) => csvLine(row, separator)).join("")}`;
}

/** The `separator` query parameter of an export link. */
export function separatorParam(value: string | null): CsvSeparator {
  return value === "semicolon" ? "semicolon" : "comma";
}
