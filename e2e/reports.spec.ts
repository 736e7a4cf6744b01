import { expect, test } from "@playwright/test";
import { isOnTime, quarterLabel, quarterOf, upcomingDeadline } from "../lib/reports/quarter";
import { signIn, signOut } from "./support";

test("a district files its quarterly report; Sở TT&TT sees it and exports the board", async ({ page }) => {
  test.slow();
  const now = new Date();
  const period = quarterOf(now);
  // Whether "now" is before the deadline depends on the day the suite runs; the label must follow it.
  const expected = isOnTime(now, period) ? "Đúng hạn" : "Trễ hạn";

  await signIn(page, "district@demo.local");
  // The dashboard names the next deadline, which is the next quarter's once this one's has passed.
  await expect(page.getByText(`Báo cáo ${quarterLabel(upcomingDeadline(now).period)}: hạn nộp`, { exact: false })).toBeVisible();
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo quý" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(quarterLabel(period));
  await expect(page.getByText("Dự án được công bố trong quý")).toBeVisible();
  await page.getByLabel(/Số tin, bài về đầu tư/).fill("-3");
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText("Số tin, bài đã đăng không được âm")).toBeVisible();
  await page.getByLabel(/Số tin, bài về đầu tư/).fill("14");
  await page.getByLabel("Khó khăn, vướng mắc").fill("Thiếu cán bộ chuyên trách cập nhật thông tin.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu nháp báo cáo.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Số tin, bài về đầu tư/)).toHaveValue("14");
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByRole("heading", { name: /Báo cáo đã gửi lúc/ })).toContainText(expected.toLowerCase());
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await signOut(page);

  await signIn(page, "admin@demo.local", "/reports");
  const row = page.getByRole("row", { name: /UBND huyện Kiên Lương/ });
  await expect(row).toContainText(expected);
  await expect(page.getByRole("row", { name: /Sở Giao thông vận tải/ })).toContainText(/Chưa nộp|Đang soạn/);
  const download = await page.request.get(`/reports/export?period=${period.year}-${period.quarter}`);
  expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const csv = await download.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`"UBND huyện Kiên Lương","${expected}"`);
  expect(csv).toContain('"14"');
});

test("reports are closed to reviewers and the public", async ({ page, request }) => {
  expect((await request.get("/reports/export")).status()).toBe(401);
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "reviewer@demo.local", "/review");
  expect((await page.goto("/reports"))?.status()).toBe(404);
  expect((await page.request.get("/reports/export")).status()).toBe(404);
});
