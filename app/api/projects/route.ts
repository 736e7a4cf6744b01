import { NextResponse } from "next/server";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { toPublicProjectJson } from "@/lib/catalogue/public-project-json";
import { publicApiPreflight, publicApiRoute, publicJson } from "@/lib/http/public-api";
import { catalogueRedirect } from "@/lib/reference/canonical-codes";

/**
 * Published projects as JSON, with the catalogue's filters, sorting and paging. Public by design:
 * CORS for any origin, an ETag (304 while nothing changed), cacheable by shared caches, rate-limited
 * per address. Described at /api/openapi.json. Amounts are read the vi-VN way, as on the catalogue:
 * minCapital=1.000 is one thousand tỷ đồng.
 */
export const GET = publicApiRoute(async (request) => {
  // A merged code in an old integration's query moves for good to the code that replaced it.
  const moved = await catalogueRedirect(request.nextUrl.pathname, request.nextUrl.searchParams.toString());
  if (moved) return NextResponse.redirect(new URL(moved, request.nextUrl.origin), 308);
  const result = await searchCatalogue(parseCatalogueQuery(request.nextUrl.searchParams));
  return publicJson(request, {
    query: result.query,
    // What the request asked for that was ignored or changed (an unreadable amount, an unknown code…).
    adjustments: result.adjustments,
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    facets: result.facets,
    items: result.items.map((project) => toPublicProjectJson(project, request.nextUrl.origin)),
  });
});

export const OPTIONS = publicApiPreflight;
