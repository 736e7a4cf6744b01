import "server-only";
import { findByCode, getReferenceData } from "@/lib/catalogue/reference-data";
import type { AlertFilterNames, AlertFilters } from "./alert-filters";

/**
 * A view's filters as the catalogue applies them — a code no active sector, location or form has is
 * left out, as the catalogue leaves it out — with the names of the codes that remain.
 */
export async function resolveAlertFilters(requested: AlertFilters): Promise<{ filters: AlertFilters; names: AlertFilterNames }> {
  const reference = await getReferenceData();
  const sector = findByCode(reference.sectors, requested.sector);
  const location = findByCode(reference.locations, requested.location);
  const form = findByCode(reference.forms, requested.form);
  return {
    filters: { ...requested, sector: sector?.code, location: location?.code, form: form?.code },
    names: { sector: sector?.name, location: location?.name, form: form?.name },
  };
}
