import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./support";

const PROJECT = "/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong";

test("public pages can go into the back/forward cache; signed-in pages stay out of every cache", async ({
  playwright,
  baseURL,
}, testInfo) => {
  // Playwright turns the back/forward cache off by default; this test needs the browser as people have it.
  const browser = await playwright.chromium.launch({
    ...testInfo.project.use.launchOptions,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  const page = await browser.newPage({ baseURL });

  /** Leaves `path` for another page and comes back: was the page restored as it was left? */
  async function restoredFromCache(path: string, next: string): Promise<boolean> {
    await page.goto(path);
    await page.evaluate(() => Object.assign(window, { leftHere: true }));
    await page.goto(next);
    // A page restored from the cache fires no load event: wait only for the history step itself.
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\$&")}$`));
    return page.evaluate(() => "leftHere" in window);
  }

  for (const path of ["/", "/projects?sector=du-lich", PROJECT]) {
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"], path).not.toContain("no-store");
  }
  expect(await restoredFromCache("/projects?sector=du-lich", PROJECT)).toBe(true);
  expect(await restoredFromCache(PROJECT, "/")).toBe(true);

  // Signed in, the header names the user: the same public page must not be kept.
  await page.goto("/login?callbackUrl=%2Fprojects");
  await page.getByLabel("Email").fill("district@demo.local");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  for (const path of ["/projects", "/dashboard", "/reports"]) {
    expect((await page.request.get(path)).headers()["cache-control"], path).toContain("no-store");
  }
  expect(await restoredFromCache("/projects", "/dashboard")).toBe(false);
  expect(await restoredFromCache("/dashboard", PROJECT)).toBe(false);
  await browser.close();
});

async function iconLinks(page: Page) {
  return page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) =>
      links.map((link) => ({ rel: link.getAttribute("rel"), href: link.getAttribute("href")!, type: link.getAttribute("type") })),
    );
}

test("the portal has its own icon and every page a title of its own", async ({ page }) => {
  await page.goto("/");
  const links = await iconLinks(page);
  expect(links.map((link) => link.type).sort()).toEqual(["image/png", "image/svg+xml", "image/x-icon"]);
  for (const link of links) {
    const response = await page.request.get(link.href);
    expect(response.status(), link.href).toBe(200);
    expect(response.headers()["content-type"], link.href).toBe(link.type);
  }
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);

  await page.goto("/projects");
  await expect(page).toHaveTitle("Dự án kêu gọi đầu tư | Kêu gọi đầu tư Kiên Giang");
  await page.goto("/projects?sector=du-lich&location=phu-quoc&q=resort");
  await expect(page).toHaveTitle("Dự án kêu gọi đầu tư – “resort” – Du lịch – Thành phố Phú Quốc | Kêu gọi đầu tư Kiên Giang");
  for (const path of ["/projects/khong-ton-tai", "/khong-co-trang-nay"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page, path).toHaveTitle("Không tìm thấy trang | Kêu gọi đầu tư Kiên Giang");
  }
});
