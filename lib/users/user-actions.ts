"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { inviteUser, resendInvitation, sendPasswordReset, setUserActive, updateUser } from "./manage-users";
import { inviteUserSchema, setUserActiveSchema, updateUserSchema, userIdSchema } from "./user-schema";

export const inviteUserAction = authorizedAction("admin:manage", inviteUserSchema, async (input, user) => {
  const invited = await inviteUser(user, input);
  revalidatePath("/admin/users");
  return invited;
});

export const resendInvitationAction = authorizedAction("admin:manage", userIdSchema, (input, user) =>
  resendInvitation(user, input.userId),
);

export const sendPasswordResetAction = authorizedAction("admin:manage", userIdSchema, (input, user) =>
  sendPasswordReset(user, input.userId),
);

export const updateUserAction = authorizedAction("admin:manage", updateUserSchema, async (input, user) => {
  const updated = await updateUser(user, input);
  revalidatePath("/admin/users");
  return updated;
});

export const setUserActiveAction = authorizedAction("admin:manage", setUserActiveSchema, async (input, user) => {
  const result = await setUserActive(user, input);
  revalidatePath("/admin/users");
  return result;
});
