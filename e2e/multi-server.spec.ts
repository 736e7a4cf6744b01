import { expect, test } from "@playwright/test";
import { SECOND_SERVER_URL, signIn, signOut } from "./support";

// Two app servers on one database, as behind a load balancer: nothing a user relies on may live in
// one server's memory.
const DRAFT = "Khu dân cư ven biển Hòa Điền (BẢN NHÁP NỘI BỘ)";

test("a call submitted through one server is reviewed through the other, with one session", async ({ page, baseURL }) => {
  test.slow();
  expect(baseURL).not.toBe(SECOND_SERVER_URL);
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    expect(await (await page.request.get(`${server}/api/health`)).json()).toEqual({ status: "ok" });
  }

  // Server 1: the district submits its draft.
  await signIn(page, "district@demo.local");
  const row = page.locator("li[data-project-id]").filter({ hasText: DRAFT });
  await row.getByRole("link", { name: "Tiếp tục soạn" }).click();
  // The form resumes at the step last saved; the demo draft is complete, so go on to the review step.
  const stepHeading = page.getByRole("heading", { name: /^Bước \d\./ });
  let step = Number((await stepHeading.textContent())?.match(/^Bước (\d)/)?.[1]);
  expect(step).toBeGreaterThanOrEqual(1);
  for (; step < 6; step += 1) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Bước ${step + 1}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.locator("li[data-project-id]").filter({ hasText: DRAFT }).getByText("Chờ duyệt")).toBeVisible();
  await signOut(page);

  // The reviewer signs in on server 1 and works on server 2: the session cookie is valid on both.
  await signIn(page, "reviewer@demo.local", "/review");
  await page.goto(`${SECOND_SERVER_URL}/review`);
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.getByRole("link", { name: DRAFT }).click();
  await expect(page).toHaveURL(new RegExp(`^${SECOND_SERVER_URL}/review/`));
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();

  // Public on both servers at once.
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    await page.goto(`${server}/projects?q=khu+dan+cu+hoa+dien`);
    await expect(page.getByRole("link", { name: DRAFT })).toBeVisible();
  }

  // Signing out on server 2 ends the session on server 1 too.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login/);
});

test("failed sign-ins spread over both servers are throttled as one", async ({ page, baseURL }) => {
  const servers = [baseURL, SECOND_SERVER_URL, baseURL, SECOND_SERVER_URL, baseURL, SECOND_SERVER_URL];
  for (const [attempt, server] of servers.entries()) {
    await page.goto(`${server}/login`);
    // An address of no account, so the demo accounts stay usable.
    await page.getByLabel("Email").fill("hai-may-chu@demo.local");
    await page.getByLabel("Mật khẩu").fill(`sai-${attempt}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const alert = page.locator("form [role=alert]");
    if (attempt < 5) await expect(alert).toHaveText("Email hoặc mật khẩu không đúng.");
    else await expect(alert).toContainText("đăng nhập sai quá nhiều lần");
  }
});
