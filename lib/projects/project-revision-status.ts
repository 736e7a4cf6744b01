/** Revisions still in progress: at most one per project. */
export const OPEN_REVISION_STATUSES = ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED"] as const;
