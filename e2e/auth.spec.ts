import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn, signInThroughForm, signOut } from "./support";

const alert = (page: Page) => page.locator("form [role=alert]");

/** Sends wrong passwords until the form stops checking them, waiting whenever it asks to. */
async function failUntilStopped(page: Page, email: string, server = "") {
  const messages: string[] = [];
  for (let attempt = 1; attempt <= 12; attempt += 1) {
    await page.goto(`${server}/login`);
    await signInThroughForm(page, email, `sai-${attempt}`);
    await expect(alert(page)).toBeVisible();
    const message = (await alert(page).textContent())!;
    messages.push(message);
    if (message.includes("quá nhiều lần")) return messages;
    const wait = /chờ (\d+) giây/.exec(message);
    if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
  }
  throw new Error(`never stopped: ${messages.join(" | ")}`);
}

test.describe("sign-in and roles", () => {
  test("an anonymous visitor is sent to the sign-in page, and back after signing in", async ({ page }) => {
    await page.goto("/dashboard/projects/new");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fprojects%2Fnew$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    await signInThroughForm(page, "submitter@demo.local");
    await expect(page).toHaveURL(/\/dashboard\/projects\/new$/);
    await expect(page.getByText("Nguyễn Văn Hùng (Cán bộ đơn vị)")).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await page.goto("/login");
    for (const email of ["reviewer@demo.local", "khong-ton-tai@demo.local"]) {
      await signInThroughForm(page, email, "sai-mat-khau");
      // The answer has come when the form gives the email back and has emptied the password.
      await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expect(alert(page)).toHaveText("Email hoặc mật khẩu không đúng.");
    }
    await page.getByLabel("Email").fill("khong-phai-email");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Email không hợp lệ")).toBeVisible();
  });

  test("repeated failures are slowed down, then stopped for that account from that address only", async ({ page }) => {
    // An address of no account, so the other tests' demo accounts stay usable.
    const messages = await failUntilStopped(page, "thu-sai@demo.local");
    expect(messages.filter((message) => message === "Email hoặc mật khẩu không đúng.")).toHaveLength(5);
    expect(messages.some((message) => /Vui lòng chờ \d+ giây rồi thử lại/.test(message))).toBe(true);
    expect(messages.at(-1)).toContain("đã đăng nhập sai quá nhiều lần từ địa chỉ của bạn");
    // Another account from the same address is not affected.
    await signInThroughForm(page, "district@demo.local");
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("hostile error codes and return paths in the sign-in URL are harmless", async ({ page, data }) => {
    for (const code of ["constructor", "__proto__", "toString", "<script>"]) {
      const response = await page.goto(`/login?error=${encodeURIComponent(code)}`);
      expect(response?.status(), code).toBe(200);
      await expect(alert(page)).toHaveText("Không đăng nhập được. Vui lòng thử lại.");
    }
    await signIn(page, await data.user("REVIEWER"), "/review");
    for (const target of ["/%2e//example.com", "//example.com", "https://example.com/"]) {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/review$/);
    }
  });

  test("a reviewer cannot open the submitters' dashboard; sign-out ends the session", async ({ page, data }) => {
    await signIn(page, await data.user("REVIEWER"), "/");
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền xem trang này");
    await expect(page).toHaveTitle("Không có quyền truy cập | Kêu gọi đầu tư Kiên Giang");
    await page.getByRole("link", { name: "Về trang Hồ sơ chờ duyệt" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await page.goto("/");
    await signOut(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the login form posts, so no password is ever put in a URL, and gives the same messages", async ({ page, data }) => {
    // Signing out ends every session of the account: an account of the test's own.
    const account = await data.user("SUBMITTER");
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto("/login?callbackUrl=%2Fdashboard");
    await signInThroughForm(page, account.email, "sai-mat-khau-khong-js");
    await expect(alert(page)).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Email")).toHaveValue(account.email);
    await page.getByLabel("Mật khẩu").fill(account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const typed = [encodeURIComponent(account.password), new URLSearchParams({ p: account.password }).toString().slice(2)];
    expect(urls.filter((url) => /password|mat-khau/i.test(url) || typed.some((form) => url.includes(form)))).toEqual([]);
    // Signing out needs no script either.
    await signOut(page);
  });
});
