import { z } from "zod";
import { portalLink } from "@/lib/auth/portal-url";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { SITEMAP_HEADERS, SITEMAP_PAGES, sitemapProjects, urlsetXml } from "@/lib/seo/sitemap";

/** One file of a large sitemap (see /sitemap.xml): the first also lists the pages that are not projects. */
export const GET = routeHandler(
  { access: "anyone", params: z.object({ part: z.string().regex(/^[1-9]\d{0,3}\.xml$/) }) },
  async ({ params }) => {
    const part = Number.parseInt(params.part, 10);
    const projects = await sitemapProjects(part);
    if (projects.length === 0) throw new NotFoundError();
    const entries = [...(part === 1 ? SITEMAP_PAGES.map((path) => ({ path })) : []), ...projects];
    return new Response(urlsetXml(entries, portalLink), { headers: SITEMAP_HEADERS });
  },
);
