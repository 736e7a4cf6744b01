import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";

// Validates OC4IDS packages with ajv (JSON Schema draft-04, like the standard and the extension):
// - always against our own description of what the portal publishes,
//   lib/oc4ids/portal-oc4ids-subset.schema.json, with the local extension merged in;
// - and, when OC4IDS_SCHEMA_DIR names a directory holding the official project-schema.json and
//   project-package-schema.json (downloaded by an operator from the standard's site; the repository
//   does not ship them), against those as published and with the extension merged in.
// Files are read from the repository root, where vitest and Playwright both run.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const readJson = (file: string): Json => JSON.parse(readFileSync(path.resolve(process.cwd(), file), "utf8")) as Json;

export const subsetSchema = readJson("lib/oc4ids/portal-oc4ids-subset.schema.json") as JsonObject;
export const extensionSchema = readJson("lib/oc4ids/extension/release-schema.json") as JsonObject;

/** RFC 7386: objects merge member by member, null removes, anything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result: JsonObject = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key] ?? null, value);
  }
  return result;
}

const errorLines = (errors: ValidateFunction["errors"]) =>
  (errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);

const newAjv = () => {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
};

// The subset: the extension patches the project definition (its properties) and adds its own
// definitions beside ours; its $refs (#/definitions/Value, …) then resolve in the subset document.
const subset = newAjv().compile(
  mergePatch(subsetSchema, {
    definitions: { ...(extensionSchema.definitions as JsonObject), Project: { properties: extensionSchema.properties! } },
  }) as object,
);

/** What is wrong with a package by the portal's subset schema, one line per problem: empty when valid. */
export function oc4idsErrors(data: unknown): string[] {
  return subset(data) ? [] : errorLines(subset.errors);
}

const OFFICIAL_FILES = ["project-schema.json", "project-package-schema.json"];

/**
 * The official schema's directory, from OC4IDS_SCHEMA_DIR, or why there is none: tests that need it
 * skip with this reason (CI has no network, so there they validate against the subset only).
 */
export function officialSchemaDir(): { dir: string } | { skipReason: string } {
  const dir = process.env.OC4IDS_SCHEMA_DIR?.trim();
  if (!dir) {
    return {
      skipReason:
        "OC4IDS_SCHEMA_DIR is not set: not validated against the official OC4IDS schema (only against lib/oc4ids/portal-oc4ids-subset.schema.json). " +
        "To include it, download project-schema.json and project-package-schema.json from https://standard.open-contracting.org/infrastructure/ into a directory and set OC4IDS_SCHEMA_DIR to it.",
    };
  }
  const missing = OFFICIAL_FILES.filter((file) => !existsSync(path.resolve(dir, file)));
  if (missing.length > 0) return { skipReason: `OC4IDS_SCHEMA_DIR=${dir} lacks ${missing.join(" and ")}` };
  return { dir: path.resolve(dir) };
}

/** The standard's own annotations, which are not validation keywords. */
const OC4IDS_ANNOTATIONS = ["codelist", "openCodelist", "versionId", "wholeListMerge"];

/**
 * Validators of the official schema in `dir`: as published, and with the local extension merged into
 * the project schema (as the standard's extensions are applied), which also checks the extension.
 */
export function officialValidator(dir: string) {
  const project = readJson(path.join(dir, "project-schema.json"));
  const packageSchema = readJson(path.join(dir, "project-package-schema.json")) as object;
  const compile = (projectSchema: Json) => {
    const ajv = newAjv();
    ajv.addVocabulary(OC4IDS_ANNOTATIONS);
    // The package schema refers to the project schema by its id.
    ajv.addSchema(projectSchema as object);
    return ajv.compile(packageSchema);
  };
  const asPublished = compile(project);
  const extended = compile(mergePatch(project, extensionSchema));
  return (data: unknown, { withExtension = false } = {}): string[] => {
    const validate = withExtension ? extended : asPublished;
    return validate(data) ? [] : errorLines(validate.errors);
  };
}

/** A package of the given projects, to validate projects on their own. */
export function packageOf(projects: unknown[]) {
  return {
    uri: "https://dautu.example.vn/api/oc4ids",
    publishedDate: "2026-11-30T00:00:00.000Z",
    publisher: { name: "Ban Biên tập", uri: "https://dautu.example.vn" },
    license: "https://creativecommons.org/licenses/by/4.0/deed.vi",
    publicationPolicy: "https://dautu.example.vn/du-lieu-mo#oc4ids",
    version: "0.9",
    extensions: ["https://dautu.example.vn/api/oc4ids/extension.json"],
    projects,
  };
}
