import { catalogueFeed, FEED_CONTENT_TYPES } from "@/lib/feeds/catalogue-feed";
import { PUBLIC_DATA_CACHE_CONTROL, publicApiRoute } from "@/lib/http/public-api";

/**
 * The catalogue view with the same query as Atom: its newest published projects, for feed readers. Under
 * /projects, so anonymous requests may be answered from the page cache (scripts/public-pages.mjs),
 * which keeps this response's own Content-Type.
 */
export const GET = publicApiRoute(async (request) => {
  return new Response(await catalogueFeed(request.nextUrl.searchParams, "atom"), {
    headers: { "Content-Type": FEED_CONTENT_TYPES.atom, "Cache-Control": PUBLIC_DATA_CACHE_CONTROL },
  });
});
