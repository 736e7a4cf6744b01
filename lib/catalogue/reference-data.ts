import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export interface ReferenceItem {
  id: string;
  code: string;
  name: string;
}

export interface ReferenceData {
  sectors: ReferenceItem[];
  locations: ReferenceItem[];
  forms: ReferenceItem[];
}

const referenceSelect = { id: true, code: true, name: true } as const;
const referenceOrder = [{ sortOrder: "asc" as const }, { name: "asc" as const }];

/** Sectors, locations and investment forms that admins keep active, in their display order. */
export const getReferenceData = cache(async (): Promise<ReferenceData> => {
  const [sectors, locations, forms] = await Promise.all([
    db.sector.findMany({ where: { active: true }, select: referenceSelect, orderBy: referenceOrder }),
    db.location.findMany({ where: { active: true }, select: referenceSelect, orderBy: referenceOrder }),
    db.investmentForm.findMany({ where: { active: true }, select: referenceSelect, orderBy: referenceOrder }),
  ]);
  return { sectors, locations, forms };
});

export function findByCode(items: ReferenceItem[], code: string | undefined): ReferenceItem | undefined {
  return code === undefined ? undefined : items.find((item) => item.code === code);
}
