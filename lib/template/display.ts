import { templateField, type FieldKey } from "./fields";

/** Reference codes to names ("thuy-san" → "Thủy sản"), for values that hold codes. */
export type ReferenceNames = Record<string, string>;

/**
 * How a value of the form reads to a person — in the review step and in the reviewer's diff:
 * codes become names, a list of locations a comma-separated list, anything else its text.
 */
export function formValueText(key: FieldKey, value: unknown, names: ReferenceNames): string {
  const field = templateField(key);
  if (field.kind === "multiChoice")
    return (Array.isArray(value) ? value : []).map((code) => names[String(code)] ?? String(code)).join(", ");
  const text = value === undefined || value === null ? "" : String(value);
  return field.kind === "choice" ? (names[text] ?? text) : text;
}
