import { portalLink } from "@/lib/auth/portal-url";
import { routeHandler } from "@/lib/http/route-handler";
import {
  PROJECTS_PER_SITEMAP,
  SITEMAP_HEADERS,
  SITEMAP_PAGES,
  publishedProjectCount,
  sitemapIndexXml,
  sitemapProjects,
  urlsetXml,
} from "@/lib/seo/sitemap";

// Read from the database on each request, never at build time (the build has no database to read).
export const dynamic = "force-dynamic";

/**
 * Every public page and every published project, with when each last changed; past
 * PROJECTS_PER_SITEMAP projects, an index of the files that list them (/sitemaps/<n>.xml).
 */
export const GET = routeHandler({ access: "anyone" }, async () => {
  const count = await publishedProjectCount();
  if (count > PROJECTS_PER_SITEMAP) {
    const parts = Math.ceil(count / PROJECTS_PER_SITEMAP);
    const files = Array.from({ length: parts }, (_, index) => portalLink(`/sitemaps/${index + 1}.xml`));
    return new Response(sitemapIndexXml(files), { headers: SITEMAP_HEADERS });
  }
  const entries = [...SITEMAP_PAGES.map((path) => ({ path })), ...(await sitemapProjects(1))];
  return new Response(urlsetXml(entries, portalLink), { headers: SITEMAP_HEADERS });
});
