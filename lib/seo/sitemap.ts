import "server-only";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { db } from "@/lib/db/client";
import { localHref } from "@/lib/i18n/locales";

/** The public pages that are not projects, in the order a visitor meets them. */
export const SITEMAP_PAGES = ["/", "/projects", "/du-lieu-mo"] as const;

/**
 * Projects per sitemap file. The protocol allows 50,000 addresses a file and each project is two
 * (its Vietnamese and English pages): past this, /sitemap.xml becomes an index of /sitemaps/<n>.xml
 * files, each well under the limit.
 */
export const PROJECTS_PER_SITEMAP = 22_500;

const READ_BATCH = 5_000;

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

export async function publishedProjectCount(): Promise<number> {
  return db.project.count({ where: PUBLIC_PROJECT_WHERE });
}

/** One file's published projects (part 1 is the first), in a stable order, with their last change. */
export async function sitemapProjects(
  part: number,
  perFile = PROJECTS_PER_SITEMAP,
  readBatch = READ_BATCH,
): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let cursor: string | undefined;
  let skip = (part - 1) * perFile;
  while (entries.length < perFile) {
    const rows = await db.project.findMany({
      where: { AND: [PUBLIC_PROJECT_WHERE, cursor ? { id: { gt: cursor } } : {}] },
      select: { id: true, slug: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take: Math.min(readBatch, perFile - entries.length),
    });
    skip = 0;
    for (const row of rows) entries.push({ path: `/projects/${row.slug}`, lastModified: row.updatedAt });
    if (rows.length < readBatch) break;
    cursor = rows.at(-1)!.id;
  }
  return entries;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

/**
 * Each page in both languages: a `<url>` for the Vietnamese address and one for the English, each
 * naming both as `hreflang` alternates, the way search engines learn which page is which language.
 */
export function urlsetXml(entries: SitemapEntry[], absolute: (path: string) => string): string {
  const urls = entries.flatMap((entry) => {
    const addresses = { vi: absolute(entry.path), en: absolute(localHref("en", entry.path)) };
    const alternates = Object.entries(addresses)
      .map(([language, href]) => `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(href)}"/>`)
      .join("");
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    return Object.values(addresses).map((href) => `<url><loc>${escapeXml(href)}</loc>${lastmod}${alternates}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(locations: string[]): string {
  const sitemaps = locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join("\n")}\n</sitemapindex>\n`;
}

export const SITEMAP_HEADERS = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" };
