import "server-only";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { db } from "@/lib/db/client";
import { formatCapital } from "@/lib/format/money";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";
import { templateField } from "@/lib/template/fields";
import type { ShareImageContent } from "./share-image";

/** What the preview picture of a published project shows; null for anything else, drafts included. */
export async function projectShareCard(
  slug: string,
): Promise<Omit<ShareImageContent, "authority" | "portalName" | "host"> | null> {
  const project = await db.project.findFirst({
    where: { ...PUBLIC_PROJECT_WHERE, slug },
    select: {
      name: true,
      capitalVnd: true,
      sector: { select: { name: true } },
      locations: { select: { location: { select: { name: true } } }, orderBy: { location: { sortOrder: "asc" } } },
    },
  });
  if (!project) return null;
  return {
    kicker: project.sector?.name ?? "Dự án kêu gọi đầu tư",
    title: project.name,
    facts: [
      { label: templateField("capitalTy").label, value: formatCapital(project.capitalVnd) },
      { label: "Địa điểm", value: project.locations.map(({ location }) => location.name).join(", ") },
    ],
  };
}

/** The header of every preview picture: the province's authority, the portal, its address. */
export function shareImageMasthead(
  settings: SiteSettingsValues,
  portalAddress: string,
): Pick<ShareImageContent, "authority" | "portalName" | "host"> {
  return { authority: `UBND ${settings.provinceName}`, portalName: settings.portalName, host: new URL(portalAddress).host };
}
