import { expect, test } from "@playwright/test";

// Seeded 180 days before the servers started, so a little more than 180 days old by now: past the
// period, though a count of whole days would still read 180.
const AT_THE_LINE = "Quản lý, vận hành và nâng cấp cảng cá Tắc Cậu";
const LONG_STALE = "Vùng nguyên liệu khóm tập trung và nhà sơ chế tại huyện Châu Thành";
const FRESH = "Vùng nuôi tôm – lúa hữu cơ An Minh – An Biên – Vĩnh Thuận";
const FLAG = "Thông tin có thể đã cũ";
const NOTE = "chưa được đơn vị đề xuất xác nhận lại";

test("a catalogue card flags out-of-date information exactly when the project's page does @mobile", async ({ page }) => {
  for (const [name, stale] of [
    [AT_THE_LINE, true],
    [LONG_STALE, true],
    [FRESH, false],
  ] as const) {
    await page.goto(`/projects?q=${encodeURIComponent(name)}`);
    const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(card.getByText(FLAG)).toHaveCount(stale ? 1 : 0);
    await card.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("note").filter({ hasText: NOTE })).toHaveCount(stale ? 1 : 0);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
