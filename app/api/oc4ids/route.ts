import { NextResponse } from "next/server";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { env } from "@/lib/env";
import { vietnamDateIso } from "@/lib/exports/export-dates";
import { PUBLIC_DATA_CACHE_CONTROL, matchesEtag, publicApiPreflight, publicApiRoute } from "@/lib/http/public-api";
import { textStream } from "@/lib/http/text-stream";
import { oc4idsPackage } from "@/lib/oc4ids/oc4ids-package";
import { parseOc4idsQuery } from "@/lib/oc4ids/oc4ids-query";
import { catalogueRedirect } from "@/lib/reference/canonical-codes";

/** The package reads every matching project, as an export does: it spends what ten API pages would. */
const PACKAGE_COST = 10;

/**
 * The published projects as an OC4IDS 0.9 project package (README: "OC4IDS"), with the catalogue's
 * filters and order, streamed a batch at a time; `download=1` makes it a file. Public by design, with
 * the open API's CORS, rate limit, ETag and Cache-Control.
 */
export const GET = publicApiRoute(
  async (request) => {
    const params = request.nextUrl.searchParams;
    const query = parseOc4idsQuery(params);
    if (!query.ok) return NextResponse.json({ message: query.message }, { status: 400 });
    const moved = await catalogueRedirect(request.nextUrl.pathname, params.toString());
    if (moved) return NextResponse.redirect(new URL(moved, request.nextUrl.origin), 308);

    const data = await oc4idsPackage(parseCatalogueQuery(params), request.nextUrl.origin, env.OC4IDS_PREFIX);
    const download = query.query.download !== undefined;
    // The file and the inline answer differ in a header only, but a cache must not give one for the other.
    const etag = download ? `${data.etag.slice(0, -1)}-file"` : data.etag;
    const headers: Record<string, string> = {
      ETag: etag,
      "Cache-Control": PUBLIC_DATA_CACHE_CONTROL,
      "X-Total-Count": String(data.total),
    };
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    if (download) {
      headers["Content-Disposition"] = `attachment; filename="oc4ids-du-an-${vietnamDateIso(new Date())}.json"`;
    }
    return new Response(textStream(data.pieces()), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  },
  { cost: PACKAGE_COST },
);

export const OPTIONS = publicApiPreflight;
