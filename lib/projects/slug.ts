import { foldVietnamese } from "@/lib/search/fold-vietnamese";

const MAX_SLUG_LENGTH = 80;

/** "Đường ven biển Rạch Giá – Hòn Đất" → "duong-ven-bien-rach-gia-hon-dat". */
export function slugify(name: string): string {
  const slug = foldVietnamese(name)
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/ +/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return slug || "du-an";
}

/** The first of slug, slug-2, slug-3 … that `isTaken` does not already hold. */
export async function uniqueSlug(name: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
