import { type Page } from "@playwright/test";
import { expect, test, uniqueTag } from "./fixtures";
import { apiSignIn, signIn, signOut } from "./support";

const COMMENT = "Đề nghị bỏ chữ “nội bộ” khỏi tên và mục tiêu, ghi rõ địa danh Sóc Sơn.";

test("file → review → changes → approve → found by an investor", async ({ page, data }) => {
  test.slow();
  const tag = uniqueTag();
  const SUBMITTED = `Bến thủy nội địa hàng hóa Hòn Đất ${tag} (CHỜ DUYỆT NỘI BỘ)`;
  const RENAMED = `Bến thủy nội địa hàng hóa Sóc Sơn – Hòn Đất ${tag}`;
  const unit = await data.unit();
  const submitter = await data.user("SUBMITTER", { unit });
  const reviewer = await data.user("REVIEWER");
  await data.project(unit, { status: "SUBMITTED", model: "ben-thuy-noi-dia-hang-hoa-hon-dat-cho-duyet", name: SUBMITTED });

  // The Editorial Board asks for changes; a comment is required.
  await signIn(page, reviewer, "/review");
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
  await signIn(page, submitter);
  await expect(page.getByRole("link", { name: /Dự án của đơn vị 1 dự án cần chỉnh sửa/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Thông báo từ Ban Biên tập/ })).toContainText(
    `${SUBMITTED} cần chỉnh sửa: “${COMMENT}”`,
  );
  const row = page.locator("li[data-project-id]").filter({ hasText: SUBMITTED });
  await expect(row.getByText("Cần chỉnh sửa")).toBeVisible();
  await expect(row.getByText(/Đề nghị bỏ chữ “nội bộ”/)).toBeVisible();
  await row.getByRole("link", { name: "Chỉnh sửa và gửi lại" }).click();
  await expect(page.getByText("Ban Biên tập yêu cầu chỉnh sửa:")).toBeVisible();
  await expect(page.getByText(COMMENT, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("1. Tên dự án").fill(RENAMED);
  await page
    .getByLabel("2. Mục tiêu dự án")
    .fill("Xây dựng bến thủy nội địa tại Sóc Sơn phục vụ vận chuyển lúa gạo và vật liệu xây dựng bằng sà lan.");
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
  await signIn(page, reviewer, "/review");
  await page.getByRole("link", { name: RENAMED }).click();
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();
  await signOut(page);

  await page.goto("/projects");
  await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
  await expect(page).toHaveURL(/sector=giao-thong/);
  await expect(page.getByRole("link", { name: RENAMED })).toBeVisible();
  await page.goto(`/projects?q=ben+thuy+noi+dia+soc+son+${tag}`);
  await page.getByRole("link", { name: RENAMED }).click();
  await expect(page).toHaveURL(`/projects/ben-thuy-noi-dia-hang-hoa-soc-son-hon-dat-${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(RENAMED);
  await expect(page.getByText(/^Cập nhật lần cuối:/)).toBeVisible();
  // The review history is not for the public.
  await expect(page.getByText("Lịch sử xử lý")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("Đề nghị bỏ chữ");
});

test("a submitter cannot open the review queue or a submission", async ({ page, data }) => {
  const unit = await data.unit({ kind: "DISTRICT" });
  await data.project(unit, { status: "SUBMITTED" });
  await signIn(page, await data.user("SUBMITTER", { unit }));
  expect((await page.goto("/review"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền xem trang này");
  await page.goto("/dashboard");
  const id = await page
    .getByRole("link", { name: /Xem|Tiếp tục soạn|Chỉnh sửa/ })
    .first()
    .getAttribute("href");
  expect((await page.goto(`/review/${id?.split("/").pop()}`))?.status()).toBe(403);
});

/** The unit opens its published project's edit, changes the name and sends it through the six steps. */
async function sendEdit(page: Page, rowText: string, newName: string) {
  await page.locator("li[data-project-id]").filter({ hasText: rowText }).getByRole("link", { name: "Cập nhật" }).click();
  await expect(page.getByText("Nội dung sửa ở đây được gửi Ban Biên tập duyệt lại")).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("1. Tên dự án").fill(newName);
  for (const step of ["Bước 3", "Bước 4", "Bước 5", "Bước 6"]) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^${step}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(
    page.locator("li[data-project-id]").filter({ hasText: rowText }).getByText("Bản cập nhật: Chờ duyệt"),
  ).toBeVisible();
}

test("an edit of a published project goes through review while the approved version stays public", async ({
  page,
  context,
  data,
}) => {
  test.slow();
  const unit = await data.unit();
  const submitter = await data.user("SUBMITTER", { unit });
  const reviewer = await data.user("REVIEWER");
  const published = await data.project(unit, { status: "PUBLISHED", model: "ben-cang-tong-hop-binh-tri" });
  const slug = `/projects/${published.slug}`;
  const visitor = await context.browser()!.newPage();
  await visitor.goto(slug);
  const original = (await visitor.getByRole("heading", { level: 1 }).textContent())!;
  const first = `${original} – giai đoạn 1`;
  const edited = `${original} – giai đoạn mở rộng`;

  // Each person in a browser of their own: signing out would end the reviewer's other sessions too.
  const unitPage = await context.browser()!.newPage();
  await signIn(unitPage, submitter);
  await sendEdit(unitPage, original, first);

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(original);

  // Reviewer 1 opens the edit and leaves the page open; reviewer 2 sends it back.
  const firstReviewer = await context.browser()!.newPage();
  await apiSignIn(firstReviewer.request, reviewer.email, reviewer.password);
  await signIn(page, reviewer, "/review");
  const item = page.getByRole("listitem").filter({ hasText: original });
  await expect(item.getByText("Cập nhật dự án đã công bố")).toBeVisible();
  const address = (await item.getByRole("link", { name: original }).getAttribute("href"))!;
  await firstReviewer.goto(address);
  await expect(firstReviewer.getByRole("region", { name: /Bản cập nhật chờ duyệt: 1 thay đổi/ })).toContainText(first);
  await page.goto(address);
  await page.getByLabel("Ý kiến gửi đơn vị").fill("Ghi rõ giai đoạn mở rộng.");
  await page.getByRole("button", { name: "Yêu cầu chỉnh sửa" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Yêu cầu chỉnh sửa”.")).toBeVisible();

  // The unit sends new text nobody has read yet.
  await unitPage.goto("/dashboard");
  await sendEdit(unitPage, original, edited);

  // Reviewer 1's page still shows the old text: approving it must not publish the new one.
  await firstReviewer.getByRole("button", { name: "Phê duyệt" }).click();
  const refusal = firstReviewer.locator("form [role=alert]");
  await expect(refusal).toContainText("Hồ sơ đã thay đổi sau khi bạn mở trang");
  await expect(refusal).toContainText("đã gửi bản cập nhật với nội dung mới");
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(original);

  // Reloaded, the reviewer sees what changed since the comment, and against the live version.
  await firstReviewer.reload();
  const sinceComment = firstReviewer.getByRole("region", { name: /Đơn vị đã sửa 1 mục sau yêu cầu chỉnh sửa/ });
  await expect(sinceComment.getByRole("row", { name: /1\. Tên dự án/ })).toContainText(edited);
  await expect(sinceComment).toContainText("Ghi rõ giai đoạn mở rộng.");
  const diff = firstReviewer.getByRole("region", { name: /Bản cập nhật chờ duyệt: 1 thay đổi/ });
  await expect(diff.getByRole("row", { name: /1\. Tên dự án/ })).toContainText(edited);
  await firstReviewer.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(firstReviewer.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();

  // An anonymous visitor's page may be the copy rendered for everyone up to a second ago.
  await expect(async () => {
    await visitor.goto(slug);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(edited, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});
