"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createOrganization, setOrganizationActive, updateOrganization } from "./manage-organizations";
import { createOrganizationSchema, setOrganizationActiveSchema, updateOrganizationSchema } from "./organization-schema";

export const createOrganizationAction = authorizedAction("admin:manage", createOrganizationSchema, async (input, user) => {
  const created = await createOrganization(user, input);
  revalidatePath("/admin/organisations");
  return created;
});

export const updateOrganizationAction = authorizedAction("admin:manage", updateOrganizationSchema, async (input, user) => {
  const updated = await updateOrganization(user, input);
  revalidatePath("/admin/organisations");
  return updated;
});

export const setOrganizationActiveAction = authorizedAction("admin:manage", setOrganizationActiveSchema, async (input, user) => {
  const result = await setOrganizationActive(user, input);
  revalidatePath("/admin/organisations");
  return result;
});
