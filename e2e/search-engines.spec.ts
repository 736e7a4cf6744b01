import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./support";

// What a search engine reads: robots.txt, the sitemap, canonical links, titles and descriptions,
// structured data, and which pages it must leave out of its index.

/** Every published project's page, as the catalogue's API lists them. */
async function publishedPages(request: APIRequestContext, origin: string): Promise<string[]> {
  const urls: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await request.get(`/api/projects?page=${page}`)).json()) as {
      pageCount: number;
      items: { slug: string }[];
    };
    urls.push(...body.items.map((item) => `${origin}/projects/${item.slug}`));
    if (page >= body.pageCount) return urls;
  }
}

async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** Collects what the browser reports as refused by the Content Security Policy. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("search engines", () => {
  test("robots.txt keeps crawlers out of the signed-in areas and names the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const path of ["/dashboard", "/review", "/login", "/admin", "/account", "/reports"]) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).not.toMatch(/Disallow: \/projects/);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  // Exactly the catalogue's projects: drafts, submissions and withdrawn calls are not (the demo's
  // "BẢN NHÁP" may be published by another spec meanwhile; lib/seo/sitemap.integration.test.ts plants its own).
  test("the sitemap lists every published project in both languages, with its last change, and nothing unpublished", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
    const xml = await response.text();
    const entries = [
      ...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?((?:<xhtml:link [^>]+\/>)*)<\/url>/g),
    ].map((match) => ({ loc: match[1]!, lastmod: match[2], alternates: match[3]! }));
    const projects = entries.filter((entry) => entry.loc.startsWith(`${baseURL}/projects/`));
    const expected = await publishedPages(request, baseURL!);
    expect(expected.length).toBeGreaterThan(30);
    expect(projects.map((entry) => entry.loc).sort()).toEqual(expected.sort());
    for (const entry of projects) expect(Number.isNaN(Date.parse(entry.lastmod!))).toBe(false);
    const english = entries.filter((entry) => entry.loc.startsWith(`${baseURL}/en/projects/`)).map((entry) => entry.loc);
    expect(english.sort()).toEqual(expected.map((loc) => loc.replace(`${baseURL}/projects/`, `${baseURL}/en/projects/`)).sort());
    for (const entry of projects) {
      expect(entry.alternates).toContain(`hreflang="en" href="${entry.loc.replace(`${baseURL}/`, `${baseURL}/en/`)}"`);
    }
    expect(entries.map((entry) => entry.loc)).toEqual(
      expect.arrayContaining([
        `${baseURL}/`,
        `${baseURL}/projects`,
        `${baseURL}/en`,
        `${baseURL}/en/projects`,
        `${baseURL}/en/open-data`,
      ]),
    );
  });

  test("a catalogue view has one canonical address, its own title and description, and a Dataset", async ({ page, baseURL }) => {
    const violations = cspViolations(page);
    await page.goto("/projects?page=1&location=phu-quoc&sort=newest&sector=du-lich&form=khong-co&minCapital=abc");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${baseURL}/projects?sector=du-lich&location=phu-quoc`,
    );
    await expect(page).toHaveTitle(/^Dự án kêu gọi đầu tư – Du lịch – Thành phố Phú Quốc \|/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /ngành Du lịch, tại Thành phố Phú Quốc/);
    const data = await structuredData(page);
    expect(data.map((block) => block["@type"])).toEqual(["BreadcrumbList", "Dataset"]);
    const dataset = data[1] as { license: string; distribution: { encodingFormat: string; contentUrl: string }[] };
    expect(dataset.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(dataset.distribution.map((download) => download.encodingFormat)).toContain(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(dataset.distribution[0]!.contentUrl).toBe(
      `${baseURL}/api/projects/export?sector=du-lich&location=phu-quoc&format=csv`,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test("a project page describes the project as structured data the CSP lets through", async ({ page, baseURL }) => {
    const violations = cspViolations(page);
    await page.goto("/projects?sector=giao-thong");
    // A crawler loads each address in full, as here: after a client-side navigation React may keep the
    // catalogue's canonical link in the head for a while beside the project's, which no crawler sees.
    await page.goto((await page.locator("main ul li article h3 a").first().getAttribute("href"))!);
    await expect(page).toHaveURL(/\/projects\/[a-z0-9-]+$/);
    const name = (await page.getByRole("heading", { level: 1 }).textContent())!;
    const path = new URL(page.url()).pathname;
    await expect(page).toHaveTitle(`${name} | Kêu gọi đầu tư Kiên Giang`);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${path}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Giao thông · [\d.,]+ tỷ đồng · /);
    const [breadcrumbs, project] = await structuredData(page);
    expect(breadcrumbs).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { position: 1, name: "Trang chủ", item: `${baseURL}/` },
        { position: 2, name: "Dự án kêu gọi đầu tư", item: `${baseURL}/projects` },
        { position: 3, name, item: `${baseURL}${path}` },
      ],
    });
    expect(project).toMatchObject({ "@type": "Project", name, url: `${baseURL}${path}`, keywords: "Giao thông" });
    expect(violations).toEqual([]);
  });

  test("the home page names the portal's publisher", async ({ page, baseURL }) => {
    const violations = cspViolations(page);
    await page.goto("/");
    // Next.js writes the root's canonical address without its slash; search engines read both as one.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /tỉnh Kiên Giang/);
    const [organization] = await structuredData(page);
    expect(organization).toMatchObject({
      "@type": "GovernmentOrganization",
      name: "Ban Biên tập Cổng thông tin điện tử tỉnh Kiên Giang",
      url: `${baseURL}/`,
    });
    expect(violations).toEqual([]);
  });

  test("sign-in and signed-in pages ask not to be indexed", async ({ page, data }) => {
    await page.goto("/login");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    await signIn(page, await data.user("SUBMITTER"));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    await page.goto("/account");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  });
});
