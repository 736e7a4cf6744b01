import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export interface ReferenceItem {
  id: string;
  code: string;
  name: string;
}

/** A sector or investment form: its English name, or null where an admin has given none yet. */
export interface TranslatedReferenceItem extends ReferenceItem {
  nameEn: string | null;
}

/** Locations have no English name: place names read the same in English. */
export interface ReferenceData {
  sectors: TranslatedReferenceItem[];
  locations: ReferenceItem[];
  forms: TranslatedReferenceItem[];
}

const referenceSelect = { id: true, code: true, name: true } as const;
const translatedSelect = { ...referenceSelect, nameEn: true } as const;
const referenceOrder = [{ sortOrder: "asc" as const }, { name: "asc" as const }];

/** Sectors, locations and investment forms that admins keep active, in their display order. */
export const getReferenceData = cache(async (): Promise<ReferenceData> => {
  const [sectors, locations, forms] = await Promise.all([
    db.sector.findMany({ where: { active: true }, select: translatedSelect, orderBy: referenceOrder }),
    db.location.findMany({ where: { active: true }, select: referenceSelect, orderBy: referenceOrder }),
    db.investmentForm.findMany({ where: { active: true }, select: translatedSelect, orderBy: referenceOrder }),
  ]);
  return { sectors, locations, forms };
});

export function findByCode<Item extends ReferenceItem>(items: Item[], code: string | undefined): Item | undefined {
  return code === undefined ? undefined : items.find((item) => item.code === code);
}
