import { publicApiPreflight, publicApiRoute, publicJson } from "@/lib/http/public-api";
import extension from "@/lib/oc4ids/extension/extension.json";

/** The OC4IDS package's local extension: its metadata (README: "OC4IDS"). */
export const GET = publicApiRoute(async (request) => publicJson(request, extension));

export const OPTIONS = publicApiPreflight;
