import "server-only";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { db } from "@/lib/db/client";

/** The public pages that are not projects, in the order a visitor meets them. */
export const SITEMAP_PAGES = ["/", "/projects", "/du-lieu-mo"] as const;

/**
 * Projects per sitemap file. The protocol allows 50,000 addresses a file: past that, /sitemap.xml
 * becomes an index of /sitemaps/<n>.xml files, each well under the limit.
 */
export const PROJECTS_PER_SITEMAP = 45_000;

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

export function urlsetXml(entries: SitemapEntry[], absolute: (path: string) => string): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(absolute(entry.path))}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(locations: string[]): string {
  const sitemaps = locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join("\n")}\n</sitemapindex>\n`;
}

export const SITEMAP_HEADERS = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" };
