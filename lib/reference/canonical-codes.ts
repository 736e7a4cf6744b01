import "server-only";
import { cache } from "react";
import { getReferenceData, type ReferenceData } from "@/lib/catalogue/reference-data";
import { db } from "@/lib/db/client";
import { CODE_PATTERN } from "@/lib/validation/code-pattern";
import type { ReferenceKind } from "./reference-kinds";
import { referenceTable } from "./reference-tables";

const PARAM_LISTS: Record<ReferenceKind, keyof ReferenceData> = { sector: "sectors", location: "locations", form: "forms" };

/**
 * The catalogue URL that an old link means, if it names a merged code: `/projects?location=old` →
 * `?location=new`, other parameters kept. Null when nothing needs to change. A code of an entry in use
 * costs no query: only a code missing from the active lists is looked up.
 */
export async function canonicalCatalogueSearch(params: URLSearchParams, reference: ReferenceData): Promise<string | null> {
  let changed = false;
  const next = new URLSearchParams(params);
  for (const kind of Object.keys(PARAM_LISTS) as ReferenceKind[]) {
    const code = params.get(kind);
    if (!code || code.length > 64 || !CODE_PATTERN.test(code) || reference[PARAM_LISTS[kind]].some((item) => item.code === code))
      continue;
    const merged = await referenceTable(db, kind).findUnique({
      where: { code },
      select: { mergedInto: { select: { code: true } } },
    });
    if (merged?.mergedInto) {
      next.set(kind, merged.mergedInto.code);
      changed = true;
    }
  }
  return changed ? next.toString() : null;
}

/** A page's searchParams as the query string they came from. */
export function searchParamsOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  return search;
}

/** Where an old catalogue link now points (`/projects?…` with merged codes replaced), or null; once per request. */
export const catalogueRedirect = cache(async (path: string, search: string): Promise<string | null> => {
  const canonical = await canonicalCatalogueSearch(new URLSearchParams(search), await getReferenceData());
  return canonical === null ? null : `${path}?${canonical}`;
});
