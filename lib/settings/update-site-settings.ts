import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { changedFields } from "@/lib/audit/changed-fields";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_ID, type SiteSettingsValues } from "./site-settings-defaults";
import { forgetSiteSettings } from "./site-settings";

/** Saves the portal's identity; this server shows it on the next request, the others within seconds. */
export async function updateSiteSettings(admin: CurrentUser, values: SiteSettingsValues) {
  await db.$transaction(async (tx) => {
    const before = (await tx.siteSettings.findUnique({ where: { id: SITE_SETTINGS_ID } })) ?? DEFAULT_SITE_SETTINGS;
    const changes = changedFields({ ...before }, values);
    if (Object.keys(changes).length === 0) return;
    await tx.siteSettings.upsert({
      where: { id: SITE_SETTINGS_ID },
      create: { id: SITE_SETTINGS_ID, ...values },
      update: values,
    });
    await recordAuditEvent(
      {
        action: "admin.settings.update",
        actorId: admin.id,
        comment: Object.keys(changes).join(", "),
        snapshot: { changes } as Prisma.InputJsonValue,
      },
      tx,
    );
  });
  forgetSiteSettings();
}
