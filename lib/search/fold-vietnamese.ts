/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, đ/Đ as d, single spaces.
 * "Đường Giao thông" and "duong giao THONG" fold to the same string, so a keyword typed without
 * diacritics finds text written with them. Runs the same on the server, in the database's stored
 * search column and in tests, whatever the database's own collation does.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A keyword's words beyond this many are not searched for (each costs an index lookup). */
export const MAX_SEARCH_TERMS = 8;

/** The distinct words of a folded query, longest first; empty when nothing searchable remains. */
export function searchTerms(query: string, maxTerms = MAX_SEARCH_TERMS): string[] {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, maxTerms);
}

/**
 * The folded query as typed, word order kept, when it has two words or more: the catalogue ranks
 * projects that hold these words together ("phu quoc") above those that hold them apart.
 */
export function searchPhrase(query: string): string | null {
  const phrase = foldVietnamese(query);
  return phrase.includes(" ") ? phrase : null;
}
