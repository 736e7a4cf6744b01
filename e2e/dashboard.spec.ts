import { expect, test, uniqueTag } from "./fixtures";
import { signIn } from "./support";

test("a unit confirms a stale project without review, then withdraws it", async ({ page, context, data }) => {
  // The unit's own ferry call, published 188 days ago and never confirmed since.
  const unit = await data.unit();
  const submitter = await data.user("SUBMITTER", { unit });
  const tag = uniqueTag();
  const ferry = await data.project(unit, {
    name: `Bến tàu khách Rạch Giá – Hòn Tre – Lại Sơn (kiểm thử ${tag})`,
    status: "PUBLISHED",
    model: "ben-tau-khach-rach-gia-hon-tre-lai-son",
    publishedDaysAgo: 188,
  });
  const FERRY = `/projects/${ferry.slug}`;
  // The public sees that the information is old.
  await page.goto(FERRY);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(title).toBe(ferry.name);
  await expect(page.getByRole("note")).toContainText("chưa được đơn vị đề xuất xác nhận lại");

  await signIn(page, submitter);
  const stale = page.getByRole("region", { name: /Cần xác nhận thông tin/ });
  const listed = page.locator(`li[data-project-id]`).filter({ hasText: title });
  await expect(stale.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(listed.getByText("Quá hạn xác nhận")).toBeVisible();
  await stale.getByRole("button", { name: `Xác nhận còn hiệu lực dự án ${title}` }).click();
  await expect(stale.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expect(listed.getByText("Quá hạn xác nhận")).toHaveCount(0);

  const visitor = await context.browser()!.newPage();
  await visitor.goto(FERRY);
  await expect(visitor.getByRole("note")).toHaveCount(0);
  const today = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date());
  await expect(visitor.getByText(/^Cập nhật lần cuối:/)).toContainText(today);

  // Withdrawing needs a reason; the call then leaves the catalogue and its page says it is closed.
  await page.goto("/dashboard");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText("Đã công bố")).toBeVisible();
  const id = await page.getByRole("listitem").filter({ hasText: title }).getAttribute("data-project-id");
  await page.goto(`/dashboard/projects/${id}`);
  await page.getByText("Rút dự án khỏi danh mục kêu gọi đầu tư").click();
  await page.getByRole("button", { name: "Rút dự án" }).click();
  await expect(page.getByText("Vui lòng ghi rõ lý do rút dự án")).toBeVisible();
  await page.getByLabel("Lý do rút dự án").fill("Đã có nhà đầu tư được chấp thuận chủ trương.");
  // Nothing happens before the unit confirms: first it keeps the call.
  await page.getByRole("button", { name: "Rút dự án" }).click();
  const confirm = page.getByRole("dialog", { name: "Rút lời kêu gọi đầu tư này?" });
  await expect(confirm).toContainText("Lý do: Đã có nhà đầu tư được chấp thuận chủ trương.");
  await expect(confirm.getByRole("button", { name: "Không, giữ lời kêu gọi" })).toBeFocused();
  await confirm.getByRole("button", { name: "Không, giữ lời kêu gọi" }).click();
  await expect(confirm).toBeHidden();
  await page.reload();
  await expect(page.getByText("Trạng thái: Đã công bố")).toBeVisible();
  await page.getByText("Rút dự án khỏi danh mục kêu gọi đầu tư").click();
  await page.getByLabel("Lý do rút dự án").fill("Đã có nhà đầu tư được chấp thuận chủ trương.");
  await page.getByRole("button", { name: "Rút dự án" }).click();
  await confirm.getByRole("button", { name: "Rút lời kêu gọi" }).click();
  await expect(page.getByText("Trạng thái: Lưu trữ")).toBeVisible();

  await visitor.goto(FERRY);
  await expect(visitor.getByRole("note")).toContainText("Lời kêu gọi đầu tư này đã kết thúc");
  await visitor.goto(`/projects?q=ben+tau+khach+hon+tre+${tag}`);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  const api = await visitor.request.get(`/api/projects?q=ben+tau+khach+hon+tre+${tag}`);
  expect((await api.json()).items).toEqual([]);
});

test("on a phone the unit's projects read as cards, names as phrases, nothing sideways @phone", async ({ page, data }) => {
  const unit = await data.unit();
  for (const [status, model] of [
    ["PUBLISHED", "duong-ven-bien-rach-gia-hon-dat-kien-luong"],
    ["SUBMITTED", "ben-thuy-noi-dia-hang-hoa-hon-dat-cho-duyet"],
    ["DRAFT", "ben-cang-tong-hop-binh-tri"],
  ] as const)
    await data.project(unit, { status, model });
  await signIn(page, await data.user("SUBMITTER", { unit }));
  const cards = page.locator("li[data-project-id]");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    // The name keeps the card's width; the status and the links wrap below it.
    const name = card.locator("p").first();
    expect((await name.boundingBox())!.width, (await name.textContent())!).toBeGreaterThan(250);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
