import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support";

const SUBMITTED = "Bến thủy nội địa hàng hóa Hòn Đất (CHỜ DUYỆT NỘI BỘ)";
const RENAMED = "Bến thủy nội địa hàng hóa Sóc Sơn – Hòn Đất";
const COMMENT = "Đề nghị bỏ chữ “nội bộ” khỏi tên và mục tiêu, ghi rõ địa danh Sóc Sơn.";

test("file → review → changes → approve → found by an investor", async ({ page }) => {
  test.slow();

  // The Editorial Board asks for changes; a comment is required.
  await signIn(page, "reviewer@demo.local", "/review");
  await expect(page.getByRole("link", { name: /Duyệt hồ sơ \d+ hồ sơ chờ duyệt/ })).toBeVisible();
  await page.getByRole("link", { name: SUBMITTED }).click();
  await expect(page.getByRole("heading", { name: "II. THÔNG TIN VỀ DỰ ÁN" })).toBeVisible();
  await page.getByRole("button", { name: "Yêu cầu chỉnh sửa" }).click();
  await expect(page.getByText("Vui lòng ghi rõ nội dung cần chỉnh sửa")).toBeVisible();
  await page.getByLabel("Ý kiến gửi đơn vị").fill(COMMENT);
  await page.getByRole("button", { name: "Yêu cầu chỉnh sửa" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Yêu cầu chỉnh sửa”.")).toBeVisible();
  await expect(page.getByRole("link", { name: SUBMITTED })).toHaveCount(0);
  await signOut(page);

  // The unit is notified, sees the comment on its dashboard and in the form, edits and resubmits.
  await signIn(page, "submitter@demo.local");
  await expect(page.getByRole("link", { name: /Dự án của đơn vị 1 dự án cần chỉnh sửa/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Thông báo từ Ban Biên tập/ })).toContainText(`${SUBMITTED} cần chỉnh sửa: “${COMMENT}”`);
  const row = page.locator("li[data-project-id]").filter({ hasText: SUBMITTED });
  await expect(row.getByText("Cần chỉnh sửa")).toBeVisible();
  await expect(row.getByText(/Đề nghị bỏ chữ “nội bộ”/)).toBeVisible();
  await row.getByRole("link", { name: "Chỉnh sửa và gửi lại" }).click();
  await expect(page.getByText("Ban Biên tập yêu cầu chỉnh sửa:")).toBeVisible();
  await expect(page.getByText(COMMENT, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("1. Tên dự án").fill(RENAMED);
  await page.getByLabel("2. Mục tiêu dự án").fill("Xây dựng bến thủy nội địa tại Sóc Sơn phục vụ vận chuyển lúa gạo và vật liệu xây dựng bằng sà lan.");
  for (const step of ["Bước 3", "Bước 4", "Bước 5", "Bước 6"]) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^${step}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.locator("li[data-project-id]").filter({ hasText: RENAMED }).getByText("Chờ duyệt")).toBeVisible();
  // The history belongs to the unit and the Editorial Board.
  await page.locator("li[data-project-id]").filter({ hasText: RENAMED }).getByRole("link", { name: "Xem" }).click();
  await expect(page.getByRole("heading", { name: "Lịch sử xử lý" })).toBeVisible();
  await expect(page.getByText(`“${COMMENT}”`)).toBeVisible();
  await signOut(page);

  // Approved: public at once.
  await signIn(page, "reviewer@demo.local", "/review");
  await page.getByRole("link", { name: RENAMED }).click();
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();
  await signOut(page);

  await page.goto("/projects");
  await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
  await expect(page).toHaveURL(/sector=giao-thong/);
  await expect(page.getByRole("link", { name: RENAMED })).toBeVisible();
  await page.goto("/projects?q=ben+thuy+noi+dia+soc+son");
  await page.getByRole("link", { name: RENAMED }).click();
  await expect(page).toHaveURL("/projects/ben-thuy-noi-dia-hang-hoa-soc-son-hon-dat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(RENAMED);
  await expect(page.getByText(/^Cập nhật lần cuối:/)).toBeVisible();
  // The review history is not for the public.
  await expect(page.getByText("Lịch sử xử lý")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("Đề nghị bỏ chữ");
});

test("a submitter cannot open the review queue or a submission", async ({ page }) => {
  await signIn(page, "district@demo.local");
  expect((await page.goto("/review"))?.status()).toBe(404);
  await page.goto("/dashboard");
  const id = await page.getByRole("link", { name: /Xem|Tiếp tục soạn|Chỉnh sửa/ }).first().getAttribute("href");
  expect((await page.goto(`/review/${id?.split("/").pop()}`))?.status()).toBe(404);
});

test("an edit of a published project goes through review while the approved version stays public", async ({ page, context }) => {
  test.slow();
  const slug = "/projects/ben-cang-tong-hop-binh-tri-cho-tau-10-000-tan";
  const visitor = await context.browser()!.newPage();
  await visitor.goto(slug);
  const original = (await visitor.getByRole("heading", { level: 1 }).textContent())!;
  const edited = `${original} – giai đoạn mở rộng`;

  await signIn(page, "submitter@demo.local");
  await page.locator("li[data-project-id]").filter({ hasText: original }).getByRole("link", { name: "Cập nhật" }).click();
  await expect(page.getByText("Nội dung sửa ở đây được gửi Ban Biên tập duyệt lại")).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("1. Tên dự án").fill(edited);
  for (const step of ["Bước 3", "Bước 4", "Bước 5", "Bước 6"]) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^${step}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.locator("li[data-project-id]").filter({ hasText: original }).getByText("Bản cập nhật: Chờ duyệt")).toBeVisible();
  await signOut(page);

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(original);

  await signIn(page, "reviewer@demo.local", "/review");
  const item = page.getByRole("listitem").filter({ hasText: original });
  await expect(item.getByText("Cập nhật dự án đã công bố")).toBeVisible();
  await item.getByRole("link", { name: original }).click();
  const diff = page.getByRole("region", { name: /Bản cập nhật chờ duyệt: 1 thay đổi/ });
  await expect(diff.getByRole("row", { name: /1\. Tên dự án/ })).toContainText(edited);
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();

  await visitor.goto(slug);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(edited);
});
