import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/projects",
  "/projects?sector=giao-thong&q=duong",
  "/projects?view=map",
  "/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong",
  "/projects/khong-ton-tai",
  "/du-lieu-mo",
  "/so-sanh?du-an=duong-ven-bien-rach-gia-hon-dat-kien-luong&du-an=khu-do-thi-moi-thi-tran-thu-ba-huyen-an-bien&du-an=trung-tam-thuong-mai-dich-vu-cua-khau-quoc-te-ha-tien",
  "/so-sanh",
];

test.describe("accessibility @mobile", () => {
  for (const path of PAGES) {
    test(`no serious or critical axe violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(
        serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
      ).toEqual([]);
      await expect(page.locator("h1")).toHaveCount(1);
    });
  }

  test("nothing scrolls sideways at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the filters can be used from the keyboard", async ({ page }) => {
    await page.goto("/projects");
    await page.getByLabel("Từ khóa").focus();
    await page.keyboard.type("cang");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=cang/);
    await expect(page.getByLabel("Từ khóa")).toBeFocused();
  });
});
