"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { NOTIFICATION_KINDS } from "./notification-kinds";
import { saveNotificationPreferences } from "./notification-preferences";

export const saveNotificationPreferencesAction = authorizedAction(
  "account:manage",
  z.strictObject({ enabled: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length) }),
  async (input, user) => {
    await saveNotificationPreferences(user, input.enabled);
    revalidatePath("/account/notifications");
    return undefined;
  },
);
