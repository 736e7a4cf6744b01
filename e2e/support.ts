import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

/** The second app server Playwright starts on the same database (see playwright.config.ts). */
export const SECOND_SERVER_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/**
 * Signs in through next-auth's credentials endpoint, not the form (the form is under test in
 * auth.spec.ts), so a change to the login page's look breaks one test, not all of them. The session
 * cookie lands in the page's browser context.
 */
export async function apiSignIn(request: APIRequestContext, email: string, password: string, server = "") {
  const { csrfToken } = (await (await request.get(`${server}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${server}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const location = response.headers().location ?? (await response.text());
  expect(location, `sign-in as ${email}`).not.toMatch(/error=/);
}

/** Who signs in: an account a fixture made for the test (e2e/fixtures.ts). */
export interface Account {
  email: string;
  password: string;
}

/** Signs in through the auth API and opens `returnTo`, where the user must now be. */
export async function signIn(page: Page, account: Account, returnTo = "/dashboard") {
  await apiSignIn(page.request, account.email, account.password);
  await page.goto(returnTo);
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/?]/g, "\\$&")}$`));
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
}

/**
 * Signs out through the header's button and waits until the header says so. The link is matched
 * exactly: a signed-in header also reads "Tài khoản đang đăng nhập: …", which a substring match would
 * accept before the sign-out has even reached the server.
 */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();
}

/** Fills and sends the login form itself, as a user would. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}
