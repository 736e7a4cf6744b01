import { portalLink } from "@/lib/auth/portal-url";
import { routeHandler } from "@/lib/http/route-handler";
import { robotsTxt } from "@/lib/seo/robots-txt";

// Answered per request: the sitemap's address is the running server's NEXTAUTH_URL, not the build's.
export const dynamic = "force-dynamic";

/** robots.txt: crawl the public pages, not the signed-in ones; where the sitemap is. */
export const GET = routeHandler({ access: "anyone" }, async () => {
  return new Response(robotsTxt(portalLink("/sitemap.xml")), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
});
