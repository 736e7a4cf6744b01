/** A meta description of at most `length` characters, cut at a word, from text a page shows. */
export function pageDescription(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, length - 1).replace(/\s+\S*$/, "")}…`;
}
