import { portalLink } from "@/lib/auth/portal-url";
import { routeHandler } from "@/lib/http/route-handler";
import { shareImageMasthead } from "@/lib/sharing/project-share-card";
import { shareImageResponse } from "@/lib/sharing/share-image";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const dynamic = "force-dynamic";

/** The portal's preview picture (og:image of the home page, the catalogue and the open data page). */
export const GET = routeHandler({ access: "anyone" }, async () => {
  const settings = await getSiteSettings();
  return shareImageResponse(
    {
      ...shareImageMasthead(settings, portalLink("/")),
      kicker: "Danh mục dự án kêu gọi đầu tư",
      title: `Cơ hội đầu tư tại ${settings.provinceName}`,
      facts: [{ label: "Công bố bởi", value: settings.editorialBoardName }],
    },
    // The portal's name can change at /admin/settings: an hour, not a day.
    "public, max-age=3600",
  );
});
