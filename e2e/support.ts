import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the login form (the form itself is under test in auth.spec.ts). */
export async function signIn(page: Page, email: string, returnTo = "/dashboard") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/?]/g, "\\$&")}$`));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
}

/** The second app server Playwright starts on the same database (see playwright.config.ts). */
export const SECOND_SERVER_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
