import { type Page, type Request } from "@playwright/test";
import { expect, test, type TestData } from "./fixtures";
import { signIn } from "./support";

// No work lost: typing is saved by itself, saves never trip over each other, leaving asks first,
// and a USD figure never outlives the capital it was entered for.

const SAVED = /^Đã lưu lúc \d{2}:\d{2}$/;
const isAction = (request: Request) => request.method() === "POST" && request.headers()["next-action"] !== undefined;

/** A submitter of a unit of its own opens a new call. */
async function newCall(page: Page, data: TestData) {
  await signIn(page, await data.user("SUBMITTER"));
  await page.getByRole("link", { name: "+ Lập hồ sơ dự án mới" }).click();
  await expect(page.getByRole("heading", { name: "Bước 1. Đơn vị đề xuất" })).toBeVisible();
}

/** Holds every server action for `ms` before it reaches the server, and records how many overlap. */
async function slowActions(page: Page, ms: number) {
  const state = { inFlight: 0, most: 0, sent: 0 };
  await page.route("**/dashboard/projects/**", async (route) => {
    if (!isAction(route.request())) return route.continue();
    state.sent += 1;
    state.inFlight += 1;
    state.most = Math.max(state.most, state.inFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    const response = await route.fetch();
    // Counted out before the page has the answer: a request that follows it cannot overlap it.
    state.inFlight -= 1;
    await route.fulfill({ response });
  });
  return state;
}

const status = (page: Page) => page.getByRole("status").filter({ hasText: /lưu/ });

test("typing is saved a few seconds after the last change; a new call gets its address without losing focus or typing", async ({
  page,
  data,
}) => {
  await newCall(page, data);
  const actions = await slowActions(page, 1_500);
  const contact = page.getByLabel("Người liên hệ");
  await contact.fill("Lê Văn");
  await expect(status(page)).toHaveText("Có thay đổi chưa lưu");
  // The first autosave creates the draft; keep typing while it is on its way.
  await page.waitForRequest(isAction);
  await expect(status(page)).toHaveText("Đang lưu…");
  await contact.pressSequentially(" Tự Động");
  await expect(page).toHaveURL(/\/dashboard\/projects\/(?!new)[a-z0-9]+$/);
  await expect(contact).toBeFocused();
  await expect(contact).toHaveValue("Lê Văn Tự Động");
  // What was typed during the first save goes with the next one.
  await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });
  expect(actions.sent).toBe(2);

  await page.reload();
  await expect(page.getByLabel("Người liên hệ")).toHaveValue("Lê Văn Tự Động");
});

test("an autosave and a click on “Lưu nháp” never conflict: saves go one after another", async ({ page, data }) => {
  await newCall(page, data);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  const actions = await slowActions(page, 2_000);

  await page.getByLabel("1. Tên dự án").fill("Cảng cá Hòn Tre – lưu tự động");
  await page.waitForRequest(isAction);
  // The autosave is on its way with the version it read; the manual save must wait for its answer.
  await page.getByLabel("2. Mục tiêu dự án").fill("Nâng cấp cảng cá phục vụ tàu khai thác xa bờ của huyện Kiên Hải.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(page.getByText(/vừa được thay đổi ở nơi khác/)).toHaveCount(0);
  expect(actions.most).toBe(1);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  await expect(page.getByLabel("1. Tên dự án")).toHaveValue("Cảng cá Hòn Tre – lưu tự động");
  await expect(page.getByLabel("2. Mục tiêu dự án")).toHaveValue(
    "Nâng cấp cảng cá phục vụ tàu khai thác xa bờ của huyện Kiên Hải.",
  );
});

test("an autosave keeps what is valid and says what it left out", async ({ page, data }) => {
  await newCall(page, data);
  await page.getByLabel("Email").fill("sgtvt@");
  await page.getByLabel("Người liên hệ").fill("Phạm Thị Hoa");
  await expect(status(page)).toHaveText(/^Đã lưu lúc \d{2}:\d{2}, trừ phần chưa hợp lệ: Email không hợp lệ$/, {
    timeout: 10_000,
  });
  await page.reload();
  await expect(page.getByLabel("Người liên hệ")).toHaveValue("Phạm Thị Hoa");
  // The half-typed email was not stored; "Tiếp tục" would show the error beside it.
  await expect(page.getByLabel("Email")).toHaveValue("");
});

test("leaving through a link with unsaved typing asks first @mobile", async ({ page, data }, testInfo) => {
  await newCall(page, data);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  const draftUrl = page.url();
  // The server is out of reach from here on: nothing typed below can reach it, whatever the timing.
  await page.route("**/dashboard/projects/**", (route) => (isAction(route.request()) ? route.abort() : route.continue()));

  const name = page.getByLabel("1. Tên dự án");
  await name.fill(`Khu nghỉ dưỡng chưa lưu (${testInfo.project.name})`);
  const dialog = page.getByRole("dialog", { name: "Rời trang khi chưa lưu?" });

  // The header's link: stay.
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: /Dự án của đơn vị/ })
    .click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Lưu nháp rồi rời trang" })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath("leave-confirmation.png") });
  await dialog.getByRole("button", { name: "Ở lại trang" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(draftUrl);
  await expect(name).toHaveValue(`Khu nghỉ dưỡng chưa lưu (${testInfo.project.name})`);

  // Escape is "stay" too.
  await page.getByRole("link", { name: "‹ Dự án của đơn vị" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(draftUrl);

  // The breadcrumb: leave without saving.
  await page.getByRole("link", { name: "‹ Dự án của đơn vị" }).click();
  await dialog.getByRole("button", { name: "Rời trang, bỏ thay đổi" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(draftUrl);
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  await expect(page.getByLabel("1. Tên dự án")).toHaveValue("");
});

test("“Lưu nháp rồi rời trang” saves, then follows the link; with nothing unsaved, links just work", async ({
  page,
  data,
}, testInfo) => {
  const name = `Bến du thuyền Nam Du (lần ${testInfo.repeatEachIndex + 1})`;
  await newCall(page, data);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  const draftUrl = page.url();
  await page.getByLabel("1. Tên dự án").fill(name);
  await page.getByRole("link", { name: "‹ Dự án của đơn vị" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Lưu nháp rồi rời trang" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(name)).toBeVisible();

  await page.goto(draftUrl);
  await page.getByRole("link", { name: "‹ Dự án của đơn vị" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("changing the capital clears a USD figure entered for the old one, and says so", async ({ page, data }) => {
  await newCall(page, data);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
  await page.getByLabel("1. Tên dự án").fill("Cảng hàng hóa Bình Trị mở rộng");
  await page.getByLabel("2. Mục tiêu dự án").fill("Mở rộng cảng hàng hóa phục vụ nhà máy xi măng và vật liệu xây dựng.");
  await page.getByLabel("3. Hình thức đầu tư").selectOption("ppp-bot");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 3. Quy mô và tiến độ" })).toBeVisible();
  const capital = page.getByLabel("Tổng vốn đầu tư dự kiến (tỷ đồng)");
  const usd = page.getByLabel("Tương đương (triệu USD)");
  await capital.fill("1.250");
  await usd.fill("52,5");
  // The same amount written another way is no change.
  await capital.fill("1250");
  await expect(usd).toHaveValue("52,5");

  await capital.fill("1.300");
  await expect(usd).toHaveValue("");
  await expect(page.getByText("Tổng vốn vừa thay đổi nên số tương đương cũ (52,5 triệu USD) đã được xóa.")).toBeVisible();
  await usd.fill("54,6");
  await expect(page.getByText(/số tương đương cũ/)).toHaveCount(0);
  await capital.fill("1.300,0");
  await expect(usd).toHaveValue("54,6");
});
