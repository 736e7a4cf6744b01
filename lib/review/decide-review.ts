import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decideRevision, getOpenRevision } from "@/lib/projects/project-revision";
import { decideSubmission, type DecisionResult } from "./decide-submission";
import type { Decision } from "./decision-schema";

/**
 * One entry point for the review queue: a waiting edit of a published project is decided as a
 * revision (the live version stays public until approval); anything else as a submission.
 */
export async function decideReview(
  reviewer: CurrentUser,
  input: { projectId: string; version: number; decision: Decision; comment: string },
): Promise<DecisionResult> {
  const revision = await getOpenRevision(input.projectId);
  if (revision?.status === "SUBMITTED") {
    const { status } = await decideRevision(reviewer, input);
    return { status, slug: null };
  }
  return decideSubmission(reviewer, input);
}
