import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decideRevision } from "@/lib/projects/project-revision";
import { decideSubmission, type DecisionResult } from "./decide-submission";
import type { DecisionValues } from "./decision-schema";

/**
 * One entry point for the review queue. The page says what the reviewer saw: an edit of a published
 * project (its id and version) is decided as a revision, the live version staying public until
 * approval; anything else as a submission. Each path refuses a decision on anything else.
 */
export async function decideReview(reviewer: CurrentUser, input: DecisionValues): Promise<DecisionResult> {
  const { revisionId, revisionVersion, ...decision } = input;
  if (revisionId !== undefined && revisionVersion !== undefined) {
    const { status } = await decideRevision(reviewer, { ...decision, revisionId, revisionVersion });
    return { status, slug: null };
  }
  return decideSubmission(reviewer, decision);
}
