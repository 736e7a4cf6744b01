import { z } from "zod";
import { portalLink } from "@/lib/auth/portal-url";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { projectShareCard, shareImageMasthead } from "@/lib/sharing/project-share-card";
import { shareImageResponse } from "@/lib/sharing/share-image";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const dynamic = "force-dynamic";

/**
 * The preview picture of a published project (og:image of its page). Anything else — a draft, a
 * submission, a withdrawn call, an unknown slug — is the same 404, so no name leaks. Its address
 * carries the project's version (lib/seo/social-metadata.ts), so it may be kept a day.
 */
export const GET = routeHandler(
  { access: "anyone", params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,200}$/) }) },
  async ({ params }) => {
    const card = await projectShareCard(params.slug);
    if (!card) throw new NotFoundError();
    const settings = await getSiteSettings();
    return shareImageResponse(
      { ...shareImageMasthead(settings, portalLink("/")), ...card },
      "public, max-age=86400, stale-while-revalidate=604800",
    );
  },
);
