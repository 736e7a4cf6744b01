"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { decideReview } from "./decide-review";
import { decisionSchema } from "./decision-schema";

export const decideSubmissionAction = authorizedAction("review:decide", decisionSchema, async (input, user) => {
  const result = await decideReview(user, input);
  revalidatePath("/review");
  revalidatePath("/projects");
  revalidatePath("/");
  return result;
});
