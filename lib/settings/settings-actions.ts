"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { siteSettingsSchema } from "./settings-schema";
import { updateSiteSettings } from "./update-site-settings";

export const updateSiteSettingsAction = authorizedAction("admin:manage", siteSettingsSchema, async (values, user) => {
  await updateSiteSettings(user, values);
  // Every page shows the settings (header, footer, title).
  revalidatePath("/", "layout");
  return { saved: true };
});
