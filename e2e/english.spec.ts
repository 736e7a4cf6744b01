import { expect, test } from "@playwright/test";
import { untranslatedTexts } from "./untranslated";

// The public pages in English (/en…): an English-speaking investor meets no Vietnamese interface text
// on the way from the home page to a project, and the language switch keeps the page they are on.

test.describe("English pages", () => {
  test("from /en to a filtered catalogue and a project, with no Vietnamese interface text @mobile", async ({ page, baseURL }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Investment opportunities in /);
    expect(await untranslatedTexts(page)).toEqual([]);

    await page.getByRole("searchbox", { name: "Search projects by keyword" }).fill("du lich");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/projects\?q=du\+lich$/);
    await expect(page.getByRole("heading", { level: 1, name: "Investment projects" })).toBeVisible();
    await expect(page.getByText(/projects? found/)).toBeVisible();

    // On a phone the filters fold behind "Filters (n)".
    const panel = page.locator("details.filter-panel");
    const summary = panel.locator("summary");
    if ((await summary.isVisible()) && (await panel.getAttribute("open")) === null) await summary.click();
    await page.getByLabel("Sector", { exact: true }).selectOption({ index: 1 });
    // A choice applies at once once the page's script runs; the button is there for a visitor who is quicker.
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/projects\?.*sector=/);
    await expect(page.getByRole("list", { name: "Filters in use" })).toContainText("Sector: ");
    expect(await untranslatedTexts(page)).toEqual([]);

    const first = page.getByRole("article").first().getByRole("heading").getByRole("link");
    await first.click();
    await expect(page).toHaveURL(/\/en\/projects\/[^/?]+$/);
    const slug = new URL(page.url()).pathname.split("/").at(-1);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "II. PROJECT INFORMATION" })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", `${baseURL}/projects/${slug}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en/projects/${slug}`);
    expect(await untranslatedTexts(page)).toEqual([]);

    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 2, name: "II. THÔNG TIN VỀ DỰ ÁN" })).toBeVisible();
  });

  test("the language switch keeps the page and its filters, both ways", async ({ page, baseURL }) => {
    await page.goto("/projects?sector=du-lich&sort=name");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/projects\?sector=du-lich&sort=name$/);
    await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("du-lich");
    await expect(page.getByLabel("Sort by")).toHaveValue("name");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${baseURL}/en/projects?sector=du-lich&sort=name`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
      "href",
      `${baseURL}/projects?sector=du-lich&sort=name`,
    );

    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/projects\?sector=du-lich&sort=name$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự án kêu gọi đầu tư");
  });

  test("figures are written the English way, and capital typed the English way is read so", async ({ page }) => {
    await page.goto("/en/projects?minCapital=1,000&sort=capital-desc");
    await expect(page.getByRole("list", { name: "Filters in use" })).toContainText("Capital from VND 1,000 billion");
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("1,000");
    await expect(page.getByRole("article").first()).toContainText(/Planned capital: VND [\d,.]+ billion/);
    await expect(page.getByRole("article").first()).toContainText(/Published \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });

  test("the language comes from the path only: a header a visitor sends cannot change it", async ({ request }) => {
    const attempts: Record<string, string>[] = [
      { "x-portal-locale": "en" },
      { "x-portal-locale": "en", "next-router-prefetch": "1" },
    ];
    for (const headers of attempts) {
      const vietnamese = await (await request.get("/projects", { headers })).text();
      expect(vietnamese).toContain('<html lang="vi"');
    }
    const english = await (await request.get("/en/projects", { headers: { "x-portal-locale": "vi" } })).text();
    expect(english).toContain('<html lang="en"');
  });

  test("a page in Vietnamese only opens in Vietnamese from an English page", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("link", { name: "English", exact: true })).toHaveCount(0);
  });
});
