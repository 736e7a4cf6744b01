import { MAX_SEARCH_TERMS } from "@/lib/search/fold-vietnamese";

/**
 * How "Phù hợp nhất" ranks the projects a keyword finds. Each word of the keyword scores where it
 * is found first: in the name, then the objectives, then any other searchable text (form, sector,
 * locations, unit, legal basis), and in each a whole word above a part of one. The words' scores add
 * up; the whole keyword found as typed, words together and in order, outranks any sum of them.
 * Ties stay newest first. catalogue-search.ts computes it in SQL; its integration test reads these
 * rules in plain TypeScript and compares.
 */
export const FIELD_WEIGHTS = {
  name: { word: 32, part: 16 },
  objectives: { word: 8, part: 4 },
  other: { word: 2, part: 1 },
} as const;

export type RankedField = keyof typeof FIELD_WEIGHTS;

/** More than the most the separate words can score together, so the phrase decides first. */
export const PHRASE_FACTOR = MAX_SEARCH_TERMS * FIELD_WEIGHTS.name.word + 1;
