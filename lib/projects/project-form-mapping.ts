import type { Prisma } from "@/lib/generated/prisma/client";
import {
  PROJECT_FORM_DEFAULTS,
  capitalTyToVnd,
  capitalUsdMillionToUsd,
  formatVietnameseNumber,
  usdToCapitalUsdMillion,
  vndToCapitalTy,
  type ProjectDraftValues,
  type ProjectFormInput,
} from "./project-form-schema";

/** The template's text columns, written as the form gives them. */
const TEXT_FIELDS = [
  "unitName",
  "unitAddress",
  "unitPhone",
  "unitFax",
  "unitEmail",
  "unitWebsite",
  "contactName",
  "contactTitle",
  "name",
  "objectives",
  "scale",
  "implementationPlan",
  "legalBasis",
  "locationText",
  "infrastructure",
  "incentives",
  "socialEfficiency",
  "dossierSubmission",
] as const;

type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Form values to Project columns, one explicit field at a time: nothing the client sends reaches
 * a server-owned column (status, organisation, version, slug). Codes are resolved by the caller.
 * A key absent from a draft leaves its column alone; present-but-empty clears it.
 */
export function formValuesToColumns(
  values: ProjectDraftValues,
  resolved: { sectorId?: string | null; investmentFormId?: string | null },
): Prisma.ProjectUncheckedUpdateInput {
  const data: Prisma.ProjectUncheckedUpdateInput = {};
  for (const field of TEXT_FIELDS) {
    const value = values[field];
    if (value !== undefined) data[field] = value;
  }
  if ("sectorCode" in values) data.sectorId = resolved.sectorId ?? null;
  if ("investmentFormCode" in values) data.investmentFormId = resolved.investmentFormId ?? null;
  if ("capitalTy" in values) data.capitalVnd = values.capitalTy === undefined ? null : capitalTyToVnd(values.capitalTy);
  if ("capitalUsdMillion" in values) {
    data.capitalUsd = values.capitalUsdMillion === undefined ? null : capitalUsdMillionToUsd(values.capitalUsdMillion);
  }
  if ("areaHa" in values) data.areaHa = values.areaHa ?? null;
  if ("durationYears" in values) data.durationYears = values.durationYears ?? null;
  return data;
}

export type ProjectFormRow = { [K in TextField]: string } & {
  sector: { code: string } | null;
  investmentForm: { code: string } | null;
  capitalVnd: bigint | null;
  capitalUsd: bigint | null;
  areaHa: number | null;
  durationYears: number | null;
  locations: { location: { code: string } }[];
};

/** A stored project back into the form's input shape (numbers written the vi-VN way). */
export function columnsToFormValues(row: ProjectFormRow): ProjectFormInput {
  const values: ProjectFormInput = { ...PROJECT_FORM_DEFAULTS, locationCodes: [] };
  for (const field of TEXT_FIELDS) values[field] = row[field];
  values.sectorCode = row.sector?.code ?? "";
  values.investmentFormCode = row.investmentForm?.code ?? "";
  values.capitalTy = row.capitalVnd === null ? "" : formatVietnameseNumber(vndToCapitalTy(row.capitalVnd));
  values.capitalUsdMillion = row.capitalUsd === null ? "" : formatVietnameseNumber(usdToCapitalUsdMillion(row.capitalUsd));
  values.areaHa = row.areaHa === null ? "" : formatVietnameseNumber(row.areaHa);
  values.durationYears = row.durationYears === null ? "" : String(row.durationYears);
  values.locationCodes = row.locations.map(({ location }) => location.code);
  return values;
}

export const projectFormRowSelect = {
  ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, true])),
  sector: { select: { code: true, name: true } },
  investmentForm: { select: { code: true } },
  capitalVnd: true,
  capitalUsd: true,
  areaHa: true,
  durationYears: true,
  locations: { select: { location: { select: { code: true, name: true } } } },
} as { [K in TextField]: true } & {
  sector: { select: { code: true; name: true } };
  investmentForm: { select: { code: true } };
  capitalVnd: true;
  capitalUsd: true;
  areaHa: true;
  durationYears: true;
  locations: { select: { location: { select: { code: true; name: true } } } };
};
