import { z } from "zod";
import { removeUnseenCharacters } from "@/lib/text/invisible-characters";
import { COMPARE_PARAM, MAX_COMPARED } from "./compare-names";

const SLUG = /^[a-z0-9-]{1,200}$/;

/**
 * The projects a comparison URL names: valid slugs, each once, the first three. The rest is reported,
 * not refused, so a hand-edited or over-full link still shows what it can.
 */
export const compareQuerySchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => {
    const named = (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((entry) => entry.split(","))
      .map((entry) => removeUnseenCharacters(entry).trim().toLowerCase())
      .filter((entry) => SLUG.test(entry));
    const unique = [...new Set(named)];
    return { slugs: unique.slice(0, MAX_COMPARED), beyondLimit: Math.max(0, unique.length - MAX_COMPARED) };
  });

export type CompareQuery = z.output<typeof compareQuerySchema>;

/** The address of a comparison of these projects, in this order. */
export function compareHref(slugs: readonly string[]): string {
  const query = new URLSearchParams(slugs.map((slug) => [COMPARE_PARAM, slug]));
  return `/so-sanh${slugs.length > 0 ? `?${query}` : ""}`;
}
