import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const FERRY = "/projects/ben-tau-khach-va-tuyen-van-tai-thuy-rach-gia-hon-tre-lai-son";

test("a unit confirms a stale project without review, then withdraws it", async ({ page, context }) => {
  // The public sees that the information is old.
  await page.goto(FERRY);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expect(page.getByRole("note")).toContainText("chưa được đơn vị đề xuất xác nhận lại");

  await signIn(page, "submitter@demo.local");
  const stale = page.getByRole("region", { name: /Cần xác nhận thông tin/ });
  await expect(stale.getByRole("link", { name: title, exact: true })).toBeVisible();
  await stale.getByRole("button", { name: `Xác nhận còn hiệu lực dự án ${title}` }).click();
  await expect(stale.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  const visitor = await context.browser()!.newPage();
  await visitor.goto(FERRY);
  await expect(visitor.getByRole("note")).toHaveCount(0);
  const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
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
  await page.getByRole("button", { name: "Rút dự án" }).click();
  await expect(page.getByText("Trạng thái: Lưu trữ")).toBeVisible();

  await visitor.goto(FERRY);
  await expect(visitor.getByRole("note")).toContainText("Lời kêu gọi đầu tư này đã kết thúc");
  await visitor.goto("/projects?q=ben+tau+khach+hon+tre");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  const api = await visitor.request.get("/api/projects?q=ben+tau+khach+hon+tre");
  expect((await api.json()).items).toEqual([]);
});
