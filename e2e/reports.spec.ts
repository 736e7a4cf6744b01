import { type Page } from "@playwright/test";
import { formatDate } from "../lib/format/date";
import { isOnTime, quarterLabel, quarterOf, reportDeadline, upcomingDeadline } from "../lib/reports/quarter";
import { expect, test } from "./fixtures";
import { signIn, signOut } from "./support";

const NEWS = /Số tin, bài về đầu tư/;
const DOCUMENTS = /Số văn bản, quy hoạch/;
const PROMOTION = /Số nội dung xúc tiến/;
const DIFFICULTIES = "Máy chủ cũ, thường xuyên quá tải; thiếu cán bộ chuyên trách cập nhật thông tin.";
const PROPOSALS = "Đề nghị Sở TT&TT hỗ trợ nâng cấp hạ tầng cổng thông tin.";

/** The deadline as the letter words it, and the exact cut-off said once on the page. */
async function expectDeadlineSentence(page: Page, period: ReturnType<typeof quarterOf>) {
  const day = formatDate(reportDeadline(period));
  await expect(page.getByText(`Hạn nộp: trước ngày ${day}`, { exact: true })).toBeVisible();
  expect(await page.locator("main").textContent()).toContain(`23:59 ngày ${day}`);
  expect((await page.locator("main").textContent())!.split("23:59").length - 1).toBe(1);
}

test("a district fills in its report, checks a preview, confirms, and Sở TT&TT reads every part", async ({ page, data }) => {
  test.slow();
  const unit = await data.unit({ kind: "DISTRICT" });
  const now = new Date();
  const period = quarterOf(now);
  // Whether "now" is before the deadline depends on the day the suite runs; the label must follow it.
  const expected = isOnTime(now, period) ? "Đúng hạn" : "Trễ hạn";

  await signIn(page, await data.user("SUBMITTER", { unit }));
  // The dashboard names the next deadline, which is the next quarter's once this one's has passed.
  const next = upcomingDeadline(now);
  await expect(
    page.getByText(`Báo cáo ${quarterLabel(next.period, true)}: hạn nộp trước ngày ${formatDate(next.deadline)}`),
  ).toBeVisible();
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo quý" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(quarterLabel(period));
  await expectDeadlineSentence(page, period);
  await expect(page.getByText("Dự án được công bố trong quý")).toBeVisible();

  // Nothing is pre-filled as 0: an empty figure is asked for beside its field, and nothing is shown to confirm.
  for (const label of [NEWS, DOCUMENTS, PROMOTION]) await expect(page.getByLabel(label)).toHaveValue("");
  await page.getByRole("button", { name: "Xem lại và gửi" }).click();
  await expect(page.getByLabel(NEWS)).toHaveAccessibleDescription("Vui lòng nhập số tin, bài đã đăng; nếu không có, hãy nhập 0");
  await expect(page.getByLabel(DOCUMENTS)).toHaveAccessibleDescription(
    "Vui lòng nhập số văn bản đã công bố; nếu không có, hãy nhập 0",
  );
  await expect(page.getByRole("heading", { name: /Xem lại báo cáo/ })).toHaveCount(0);
  await page.getByLabel(NEWS).fill("-3");
  await page.getByRole("button", { name: "Xem lại và gửi" }).click();
  await expect(page.getByLabel(NEWS)).toHaveAccessibleDescription("Số tin, bài đã đăng không được âm");

  // A draft may keep figures empty, and they come back empty, not as 0.
  await page.getByLabel(NEWS).fill("14");
  await page.getByLabel("Khó khăn, vướng mắc").fill(DIFFICULTIES);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu nháp báo cáo.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(NEWS)).toHaveValue("14");
  await expect(page.getByLabel(DOCUMENTS)).toHaveValue("");
  await expect(page.getByLabel("Khó khăn, vướng mắc")).toHaveValue(DIFFICULTIES);

  // The preview shows what will be sent, read-only, and asks before anything is filed.
  await page.getByLabel(DOCUMENTS).fill("0");
  await page.getByLabel(PROMOTION).fill("2");
  await page.getByLabel("Đề xuất, kiến nghị").fill(PROPOSALS);
  await page.getByRole("button", { name: "Xem lại và gửi" }).click();
  const preview = page.getByRole("region", { name: `Xem lại báo cáo ${quarterLabel(period, true)} trước khi gửi` });
  await expect(preview.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(preview.getByText(DIFFICULTIES)).toBeVisible();
  await expect(preview.getByText(PROPOSALS)).toBeVisible();
  await expect(preview.getByText("Dự án được công bố trong quý")).toBeVisible();
  await expect(preview.locator("dd").filter({ hasText: /^14$/ })).toBeVisible();
  await expect(preview.getByRole("textbox")).toHaveCount(0);
  await expect(
    preview.getByRole("group", { name: `Gửi báo cáo ${quarterLabel(period, true)}? Sau khi gửi không sửa được.` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Quay lại sửa" }).click();
  await expect(page.getByLabel(PROMOTION)).toHaveValue("2");
  await page.getByRole("button", { name: "Xem lại và gửi" }).click();
  await page.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
  await expect(page.getByRole("heading", { name: /Báo cáo đã gửi lúc/ })).toContainText(expected.toLowerCase());
  await expect(page.getByText(PROPOSALS)).toBeVisible();
  await expect(page.getByRole("button", { name: "Xem lại và gửi" })).toHaveCount(0);
  await signOut(page);

  // Sở TT&TT sees the state on the board, opens the unit's report and reads the written parts.
  await signIn(page, await data.user("ADMIN"), "/reports");
  await expectDeadlineSentence(page, period);
  const row = page.getByRole("row", { name: unit.name });
  await expect(row).toContainText(expected);
  await expect(page.getByRole("row", { name: /Sở Giao thông vận tải/ })).toContainText(/Chưa nộp|Đang soạn/);
  await row.getByRole("link", { name: unit.name }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/units/${unit.code}\\?period=${period.year}-${period.quarter}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${unit.name} – báo cáo ${quarterLabel(period, true)}`);
  await expectDeadlineSentence(page, period);
  await expect(page.getByText(DIFFICULTIES)).toBeVisible();
  await expect(page.getByText(PROPOSALS)).toBeVisible();
  await expect(page.getByText("Số liệu từ cổng thông tin (chốt khi gửi)")).toBeVisible();

  // Both CSVs carry the written parts: with commas, and with semicolons for Excel in Vietnamese.
  await page.goto("/reports");
  for (const [name, separator] of [
    ["Tải CSV (dấu phẩy)", ","],
    ["Tải CSV cho Excel (dấu chấm phẩy)", ";"],
  ] as const) {
    const download = await page.request.get((await page.getByRole("link", { name }).getAttribute("href"))!);
    expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = await download.text();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"Khó khăn, vướng mắc"${separator}"Đề xuất, kiến nghị"`);
    expect(csv).toContain(`"${unit.name}"${separator}"${expected}"`);
    expect(csv).toContain(`"14"${separator}"0"${separator}"2"${separator}"${DIFFICULTIES}"${separator}"${PROPOSALS}"`);
  }
});

test("reports are closed to the public and to roles that do not file or oversee them", async ({ page, request, data }) => {
  expect((await request.get("/reports/export")).status()).toBe(401);
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/reports/units/ubnd-kien-luong");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freports%2Funits%2Fubnd-kien-luong/);

  await signIn(page, await data.user("REVIEWER"), "/review");
  for (const path of ["/reports", "/reports/units/ubnd-kien-luong"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền xem trang này");
    await expect(page.getByRole("link", { name: "Về trang Hồ sơ chờ duyệt" })).toHaveAttribute("href", "/review");
  }
  const csv = await page.request.get("/reports/export");
  expect(csv.status()).toBe(403);
  expect((await csv.json()).message).toContain("không có quyền");
  await signOut(page);

  // A unit files its own report; another unit's, opened by URL, is not for it.
  await signIn(page, await data.user("SUBMITTER"));
  expect((await page.goto("/reports/units/ubnd-kien-luong"))?.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Về trang Dự án của đơn vị" })).toHaveAttribute("href", "/dashboard");
});

test("on a phone the board and the unit's figures read as cards, without sideways scrolling @phone", async ({ page, data }) => {
  await signIn(page, await data.user("ADMIN"), "/reports");
  await expect(page.getByRole("table")).toBeHidden();
  const cards = page.getByRole("list", { name: /Tình trạng nộp báo cáo/ }).getByRole("listitem");
  await expect(cards).toHaveCount(await cards.count());
  expect(await cards.count()).toBeGreaterThanOrEqual(6);
  const name = cards.getByRole("link", { name: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang" });
  await expect(name).toBeVisible();
  // A name wraps as a phrase, not one word per line.
  expect((await name.boundingBox())!.width).toBeGreaterThan(150);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await name.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
