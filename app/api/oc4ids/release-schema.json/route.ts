import { publicApiPreflight, publicApiRoute, publicJson } from "@/lib/http/public-api";
import releaseSchema from "@/lib/oc4ids/extension/release-schema.json";

/** The local extension's schema: a JSON Merge Patch to the OC4IDS project schema (README: "OC4IDS"). */
export const GET = publicApiRoute(async (request) => publicJson(request, releaseSchema));

export const OPTIONS = publicApiPreflight;
