import { FIELD_KEYS, templateField, type FieldKey } from "@/lib/template/fields";
import { EXTENSION_PROPERTY } from "./oc4ids-codes";
import { OC4IDS_FIELDS } from "./oc4ids-fields";

// The local extension's schema, written from the field table: each template field the standard has
// no place for, with the table's English label as title, its Vietnamese label and limits. The
// committed copy (extension/release-schema.json, served at /api/oc4ids/release-schema.json) must
// equal this; `npx tsx scripts/oc4ids-extension.ts` rewrites it after a change to the template.

type Schema = Record<string, unknown>;

/** The field's object in the extension: "investmentCall.capitalUsd.amount" → "capitalUsd". */
export function extensionProperty(key: FieldKey): string | null {
  const placement = OC4IDS_FIELDS[key];
  return placement.extension ? placement.paths[0]!.split(".")[1]! : null;
}

function fieldSchema(key: FieldKey): Schema {
  const field = templateField(key);
  const { note, title } = OC4IDS_FIELDS[key];
  const described = {
    title: title ?? field.labelEn,
    description: `The template's “${field.label}”${note ? `: ${note}` : ""}.`,
  };
  switch (field.kind) {
    case "money":
      return { ...described, $ref: "#/definitions/Value" };
    case "choice":
      return { ...described, $ref: "#/definitions/InvestmentCallCode" };
    case "number":
      return {
        ...described,
        type: field.decimals === 0 ? "integer" : "number",
        minimum: field.min,
        ...(field.exclusive ? { exclusiveMinimum: true } : {}),
        maximum: field.max,
      };
    case "text":
    case "longText":
      return { ...described, type: "string", minLength: 1, maxLength: field.maxLength };
    default:
      return { ...described, type: "string", minLength: 1 };
  }
}

export function extensionReleaseSchema(): Schema {
  const properties: Record<string, Schema> = {};
  for (const key of FIELD_KEYS) {
    const property = extensionProperty(key);
    if (property) properties[property] = fieldSchema(key);
  }
  properties.firstPublished = {
    title: "First published",
    description: "When the Editorial Board first published the call on the portal.",
    type: "string",
    format: "date-time",
  };
  properties.lastConfirmed = {
    title: "Last confirmed",
    description:
      "When the proposing unit last confirmed or updated the call (the portal asks again after a set period, 180 days by default).",
    type: "string",
    format: "date-time",
  };
  return {
    properties: {
      [EXTENSION_PROPERTY]: {
        title: "Investment call",
        description:
          "The fields of the official investment-call template (appendix of Kiên Giang People's Committee letter 786/UBND-VHXH, 8 June 2018) that OC4IDS has no place for.",
        type: "object",
        properties,
        additionalProperties: false,
        minProperties: 1,
      },
    },
    definitions: {
      InvestmentCallCode: {
        title: "Portal code",
        description: "An entry of a list the portal's administrators maintain: its code and its Vietnamese name.",
        type: "object",
        properties: {
          id: { title: "Code", type: "string", minLength: 1 },
          name: { title: "Name", type: "string", minLength: 1 },
        },
        required: ["id"],
      },
    },
  };
}
