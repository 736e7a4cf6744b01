import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { messageLeaves, type MessageTree } from "@/lib/i18n/message-leaves";

// The open data page as an international investor or analyst reads it, at /en/open-data.

const messages = (locale: "vi" | "en") =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "messages", locale, "openData.json"), "utf8")) as MessageTree;

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;

/**
 * The Vietnamese texts that must not show on the English page: every literal run of a message that
 * differs from its English counterpart and has a Vietnamese letter (arguments and tags cut out).
 */
function vietnameseOnlyTexts(): { key: string; text: string }[] {
  const english = messageLeaves(messages("en"));
  return [...messageLeaves(messages("vi"))]
    .filter(([key, text]) => english.get(key) !== text)
    .flatMap(([key, text]) =>
      text
        .replace(/<\/?\w+>/g, "")
        .split(/\{[^{}]*\}/)
        .map((part) => ({ key, text: normalize(part) })),
    )
    .filter(({ text }) => NON_ASCII_LETTER.test(text));
}

test.describe("the open data page in English", () => {
  test("is English throughout, with the English data dictionary @mobile", async ({ page }) => {
    await page.goto("/en/open-data");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(/^Open data \| /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
    const main = page.getByRole("main");
    for (const name of ["Licence", "Downloads", "API", "OC4IDS infrastructure data standard", "Data dictionary"]) {
      await expect(main.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    for (const name of ["Examples", "Caching, CORS and limits"]) {
      await expect(main.getByRole("heading", { level: 3, name, exact: true })).toBeVisible();
    }
    await expect(main.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" })).toHaveAttribute(
      "href",
      "/en",
    );
    await expect(main.getByRole("link", { name: "project catalogue" })).toHaveAttribute("href", "/en/projects");
    await expect(main.getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    await expect(main.getByText(/Source: .+ Investment Opportunities Portal, http/)).toBeVisible();
    await expect(main.getByText(/120 requests per minute/)).toBeVisible();

    // Each column under its English name, with the Vietnamese header the files use beneath it.
    const dictionary = main.getByRole("table");
    await expect(dictionary.getByRole("columnheader")).toHaveText(["Column", "Name in JSON", "Type", "Description"]);
    const firstRow = dictionary.getByRole("row").nth(1);
    await expect(firstRow).toContainText("Project identifier");
    await expect(firstRow.locator('[lang="vi"]')).toHaveText("Mã dự án");
    const capital = dictionary.getByRole("row").filter({ hasText: "capitalTy" });
    await expect(capital).toContainText("Total estimated investment (billion VND)");
    await expect(capital).toContainText("Number (billion VND)");
    await expect(capital).toContainText("A number greater than 0 and at most 1,000,000");
  });

  test("leaves no Vietnamese text of its own on the page", async ({ page }) => {
    await page.goto("/en/open-data");
    // What a reader sees or hears: the text (closed details included) and the accessible names,
    // apart from what is marked as Vietnamese on purpose (the files' own column headers).
    const shown = await page.getByRole("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const part of copy.querySelectorAll('[lang="vi"]')) part.remove();
      const labels = [...copy.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label"));
      return [copy.textContent, ...labels].join("\n");
    });
    const text = normalize(shown);
    const texts = vietnameseOnlyTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const { key, text: vietnamese } of texts) expect(text, `openData.${key}`).not.toContain(vietnamese);
  });

  test("fits a phone with the OC4IDS mapping open @phone", async ({ page }) => {
    await page.goto("/en/open-data");
    for (const summary of await page.locator("main summary").all()) await summary.click();
    await expect(page.getByRole("main").getByText("investmentCall.dossierSubmission")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      await page.evaluate(() => window.innerWidth),
    );
  });

  test("names its Vietnamese original and is named by it", async ({ page, baseURL }) => {
    await page.goto("/en/open-data");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en/open-data`);
    await expect(page.locator('head link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", `${baseURL}/du-lieu-mo`);
    await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      `${baseURL}/du-lieu-mo`,
    );
    await page.goto("/du-lieu-mo");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/du-lieu-mo`);
    await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/open-data`);
  });
});
