import { env } from "@/lib/env";
import { publicApiPreflight, publicApiRoute, publicJson } from "@/lib/http/public-api";
import { openApiDocument } from "@/lib/open-data/openapi";

/** The open API's contract (OpenAPI 3.1), for code generators and API browsers. */
export const GET = publicApiRoute(async (request) =>
  publicJson(request, openApiDocument(request.nextUrl.origin, env.API_RATE_LIMIT_PER_MINUTE)),
);

export const OPTIONS = publicApiPreflight;
