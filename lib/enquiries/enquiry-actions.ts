"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { deleteEnquiry, replyToEnquiry, setEnquiryOpen } from "./enquiry-inbox";
import { deleteEnquirySchema, enquiryStatusSchema, replySchema } from "./enquiry-schema";

export const replyToEnquiryAction = authorizedAction("enquiry:answer", replySchema, async ({ enquiryId, body }, user) => {
  await replyToEnquiry(user, enquiryId, body);
  revalidatePath(`/dashboard/enquiries/${enquiryId}`);
  return null;
});

export const setEnquiryStatusAction = authorizedAction(
  "enquiry:answer",
  enquiryStatusSchema,
  async ({ enquiryId, status }, user) => {
    const result = await setEnquiryOpen(user, enquiryId, status === "OPEN");
    revalidatePath(`/dashboard/enquiries/${enquiryId}`);
    return result;
  },
);

export const deleteEnquiryAction = authorizedAction("enquiry:manage", deleteEnquirySchema, async ({ enquiryId }, user) => {
  await deleteEnquiry(user, enquiryId);
  revalidatePath("/admin/enquiries");
  return null;
});
