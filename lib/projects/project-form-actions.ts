"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { FORM_STEP_COUNT, draftSchema, projectFormSchema } from "./project-form-schema";
import { confirmProjectCurrent } from "./confirm-project";
import { saveRevisionDraft, submitRevision } from "./project-revision";
import { saveProjectDraft, submitProject } from "./save-project";
import { withdrawProject } from "./withdraw-project";
import { withdrawSchema } from "./withdraw-schema";

// Server-owned values travel beside the form fields, never inside them: the field schemas are
// strict and refuse anything that is not a template field.
const target = {
  projectId: z.string().min(1).max(64).optional(),
  version: z.number().int().min(1).optional(),
};

// A save of an existing project must name the version it was loaded with: without it, the stale-edit check could be skipped.
const namesItsVersion = (value: { projectId?: string; version?: number }) => !value.projectId || value.version !== undefined;
const VERSION_REQUIRED = { message: "Thiếu phiên bản của hồ sơ; hãy tải lại trang.", path: ["version"] };

// No revalidatePath here: a draft is saved every few seconds while the unit types, and a
// revalidation makes the action's answer re-render the page the form is on. After the first save
// gave a new call its address (/dashboard/projects/new → /[id], without navigating), that re-render
// would be of the other page: the form would remount and take the focus. Every page here is
// rendered per request, so the dashboard is current when the unit opens it.
export const saveProjectDraftAction = authorizedAction(
  "project:file",
  z
    .strictObject({ ...target, step: z.number().int().min(0).max(FORM_STEP_COUNT), values: draftSchema })
    .refine(namesItsVersion, VERSION_REQUIRED),
  async (input, user) => saveProjectDraft(user, input),
);

export const submitProjectAction = authorizedAction(
  "project:file",
  z.strictObject({ ...target, values: projectFormSchema }).refine(namesItsVersion, VERSION_REQUIRED),
  async (input, user) => {
    const saved = await submitProject(user, input);
    revalidatePath("/dashboard");
    return saved;
  },
);

export const confirmProjectAction = authorizedAction(
  "project:file",
  z.strictObject({ projectId: z.string().min(1).max(64), version: z.number().int().min(1) }),
  async (input, user) => {
    await confirmProjectCurrent(user, input);
    revalidatePath("/dashboard");
    return undefined;
  },
);

export const withdrawProjectAction = authorizedAction("project:file", withdrawSchema, async (input, user) => {
  await withdrawProject(user, input);
  revalidatePath("/dashboard");
  revalidatePath("/projects");
  revalidatePath("/");
  return undefined;
});

// Edits of a published project: saved as a revision, the approved version stays public meanwhile.
const revisionTarget = { projectId: z.string().min(1).max(64) };

export const saveRevisionDraftAction = authorizedAction(
  "project:file",
  z.strictObject({ ...revisionTarget, values: draftSchema }),
  async (input, user) => saveRevisionDraft(user, input),
);

export const submitRevisionAction = authorizedAction(
  "project:file",
  z.strictObject({ ...revisionTarget, values: projectFormSchema }),
  async (input, user) => {
    const saved = await submitRevision(user, input);
    revalidatePath("/dashboard");
    revalidatePath("/review");
    return saved;
  },
);
