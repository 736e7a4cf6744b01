import { draftSchema, type ProjectDraftInput, type ProjectFormInput } from "./project-form-schema";

export interface AutosaveDraft {
  /** What the draft schema accepts as it stands; a field left out keeps its saved value. */
  values: ProjectDraftInput;
  /** Why each field left out was refused, one message a field ("Email không hợp lệ"). */
  skipped: string[];
}

/**
 * What an autosave sends while the submitter is still typing. The draft schema refuses a whole
 * draft for one half-typed field (an email without its domain yet), which would leave everything
 * else unsaved: an autosave sends the fields it accepts and says which it left out. A save the
 * submitter asks for ("Lưu nháp", "Tiếp tục") still sends every field and shows the errors.
 */
export function autosaveDraft(values: ProjectFormInput): AutosaveDraft {
  const parsed = draftSchema.safeParse(values);
  if (parsed.success) return { values, skipped: [] };
  const refused = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    if (!refused.has(field)) refused.set(field, issue.message);
  }
  const kept = Object.fromEntries(Object.entries(values).filter(([field]) => !refused.has(field))) as ProjectDraftInput;
  return { values: kept, skipped: [...refused.values()] };
}
