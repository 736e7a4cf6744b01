/**
 * What crawlers may read: the public pages. Signed-in areas, sign-in and one-time-link pages and the
 * API are left out (the API's data is downloadable from the catalogue and /du-lieu-mo instead).
 */
export const PRIVATE_PATHS = [
  "/dashboard",
  "/review",
  "/reports",
  "/admin",
  "/account",
  "/login",
  "/forgot-password",
  "/reset-password",
  "/invitation",
  "/api/",
] as const;

export function robotsTxt(sitemapUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${sitemapUrl}`,
    "",
  ].join("\n");
}
