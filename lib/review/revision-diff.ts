import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { PROJECT_LABELS, UNIT_LABELS } from "@/lib/projects/template-labels";

const FIELD_LABELS: Record<keyof ProjectFormInput, string> = {
  ...UNIT_LABELS,
  sectorCode: PROJECT_LABELS.sector,
  name: PROJECT_LABELS.name,
  objectives: PROJECT_LABELS.objectives,
  investmentFormCode: PROJECT_LABELS.investmentForm,
  capitalTy: `${PROJECT_LABELS.capital} (tỷ đồng)`,
  capitalUsdMillion: "Tương đương (triệu USD)",
  scale: PROJECT_LABELS.scale,
  areaHa: PROJECT_LABELS.area,
  durationYears: PROJECT_LABELS.duration,
  implementationPlan: PROJECT_LABELS.implementationPlan,
  legalBasis: PROJECT_LABELS.legalBasis,
  locationCodes: PROJECT_LABELS.location,
  locationText: "Địa chỉ, vị trí, diện tích khu đất",
  infrastructure: PROJECT_LABELS.infrastructure,
  incentives: PROJECT_LABELS.incentives,
  socialEfficiency: PROJECT_LABELS.socialEfficiency,
  dossierSubmission: PROJECT_LABELS.dossierSubmission,
};

export interface FieldChange {
  field: keyof ProjectFormInput;
  label: string;
  before: string;
  after: string;
}

type Names = Record<string, string>;

function display(field: keyof ProjectFormInput, value: unknown, names: Names): string {
  if (Array.isArray(value)) return value.map((code) => names[code] ?? code).join(", ");
  const text = value === undefined || value === null ? "" : String(value);
  return field === "sectorCode" || field === "investmentFormCode" ? (names[text] ?? text) : text;
}

/** What a revision changes against the live version, field by field, in the template's order. */
export function revisionChanges(live: ProjectFormInput, revision: ProjectFormInput, names: Names): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as (keyof ProjectFormInput)[]) {
    const before = display(field, live[field], names);
    const after = display(field, revision[field], names);
    if (before.trim() !== after.trim()) changes.push({ field, label: FIELD_LABELS[field], before, after });
  }
  return changes;
}
