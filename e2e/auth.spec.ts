import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

test.describe("sign-in and roles", () => {
  test("an anonymous visitor is sent to the sign-in page, and back after signing in", async ({ page }) => {
    await page.goto("/dashboard/projects/new");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fprojects%2Fnew$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    await page.getByLabel("Email").fill("submitter@demo.local");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/dashboard\/projects\/new$/);
    await expect(page.getByText("Nguyễn Văn Hùng (Cán bộ đơn vị)")).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("reviewer@demo.local");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email hoặc mật khẩu không đúng.");
    await page.getByLabel("Email").fill("khong-ton-tai@demo.local");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email hoặc mật khẩu không đúng.");
    await page.getByLabel("Email").fill("khong-phai-email");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Email không hợp lệ")).toBeVisible();
  });

  test("repeated failures on one account are slowed down with a clear message", async ({ page }) => {
    await page.goto("/login");
    // An address of no account, so the other tests' demo accounts stay usable.
    await page.getByLabel("Email").fill("thu-sai@demo.local");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel("Mật khẩu").fill(`sai-${attempt}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.locator("form [role=alert]")).toHaveText("Email hoặc mật khẩu không đúng.");
    }
    await page.getByLabel("Mật khẩu").fill("lan-thu-sau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form [role=alert]")).toContainText("đăng nhập sai quá nhiều lần");
  });

  test("hostile error codes and return paths in the sign-in URL are harmless", async ({ page }) => {
    for (const code of ["constructor", "__proto__", "toString", "<script>"]) {
      const response = await page.goto(`/login?error=${encodeURIComponent(code)}`);
      expect(response?.status(), code).toBe(200);
      await expect(page.locator("form [role=alert]")).toHaveText("Không đăng nhập được. Vui lòng thử lại.");
    }
    await signIn(page, "reviewer@demo.local", "/review");
    for (const target of ["/%2e//example.com", "//example.com", "https://example.com/"]) {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/review$/);
    }
  });

  test("a reviewer cannot open the submitters' dashboard; sign-out ends the session", async ({ page }) => {
    await signIn(page, "reviewer@demo.local", "/");
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(404);
    await page.goto("/");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});
