import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_ID } from "@/lib/settings/site-settings-defaults";

/** The portal's identity row with the texts it was first written with; an admin's edits are left alone. */
export async function seedSiteSettings(prisma: PrismaClient): Promise<void> {
  await prisma.siteSettings.upsert({
    where: { id: SITE_SETTINGS_ID },
    create: { id: SITE_SETTINGS_ID, ...DEFAULT_SITE_SETTINGS },
    update: {},
  });
}
