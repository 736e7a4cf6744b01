import { NextResponse, type NextRequest } from "next/server";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { toPublicProjectJson } from "@/lib/catalogue/public-project-json";

/** Published projects as JSON, with the catalogue's filters, sorting and paging. Public by design. */
export async function GET(request: NextRequest) {
  const result = await searchCatalogue(parseCatalogueQuery(request.nextUrl.searchParams));
  return NextResponse.json({
    query: result.query,
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    facets: result.facets,
    items: result.items.map((project) => toPublicProjectJson(project, request.nextUrl.origin)),
  });
}
