import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { formValueText, type ReferenceNames } from "@/lib/template/display";
import { FIELD_KEYS, formLabel, type FieldKey } from "@/lib/template/fields";

export interface FieldChange {
  field: FieldKey;
  label: string;
  before: string;
  after: string;
}

/** What a revision changes against another version, field by field, in the template's order. */
export function revisionChanges(before: ProjectFormInput, after: ProjectFormInput, names: ReferenceNames): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELD_KEYS) {
    const was = formValueText(field, before[field], names);
    const now = formValueText(field, after[field], names);
    if (was.trim() !== now.trim()) changes.push({ field, label: formLabel(field), before: was, after: now });
  }
  return changes;
}
