import { expect, test, uniqueTag, type TestProject } from "./fixtures";

// Investors weigh calls against each other: up to three side by side, line by line of the template,
// chosen from the catalogue, at an address they can send on.

test("an investor ticks three projects in the catalogue and reads them side by side, in the template's order", async ({
  page,
  data,
  browser,
}) => {
  const tag = uniqueTag();
  const unit = await data.unit();
  const models = [
    "duong-ven-bien-rach-gia-hon-dat-kien-luong",
    "ben-cang-tong-hop-binh-tri",
    "ben-xe-khach-trung-tam-duong-dong",
    "vung-lua-chat-luong-cao-tan-hiep-giong-rieng",
  ];
  const projects: TestProject[] = [];
  for (const [index, model] of models.entries()) {
    projects.push(
      await data.project(unit, {
        status: "PUBLISHED",
        model,
        name: `Dự án so sánh ${tag} số ${index + 1}`,
        publishedDaysAgo: index,
      }),
    );
  }
  const withdrawn = await data.project(unit, { status: "ARCHIVED", name: `Dự án đã rút ${tag}` });

  await page.goto(`/projects?q=${tag}&sort=newest`);
  await expect(page.getByText("Đánh dấu “So sánh” ở tối đa 3 dự án")).toBeVisible();
  const box = (index: number) => page.getByRole("checkbox", { name: `So sánh: ${projects[index]!.name}` });
  for (const index of [0, 1, 2]) await box(index).check();
  await expect(page.getByText("Đã chọn 3/3 dự án để so sánh (đã đủ).")).toBeVisible();
  // A fourth cannot be ticked.
  await expect(box(3)).toBeDisabled();
  await page.getByRole("button", { name: "So sánh các dự án đã chọn" }).click();

  await expect(page).toHaveURL(/\/so-sanh\?/);
  await expect(page.getByRole("heading", { level: 1, name: "So sánh dự án" })).toBeVisible();
  const table = page.getByRole("table");
  const columns = table.getByRole("columnheader");
  for (const index of [0, 1, 2]) await expect(columns.filter({ hasText: projects[index]!.name })).toHaveCount(1);
  await expect(columns.filter({ hasText: projects[3]!.name })).toHaveCount(0);

  // Row by row, the same lines as the project's own page, in the same order.
  const rowLabels = (await table.locator("tbody th[scope=row]").allTextContents()).map((text) => text.trim());
  await page.goto(`/projects/${projects[0]!.slug}`);
  const pageLabels = (await page.locator("main section dl dt").allTextContents()).map((text) => text.trim());
  expect(rowLabels.length).toBeGreaterThan(10);
  expect(rowLabels).toEqual(pageLabels);
  await page.goBack();

  // One is taken out; the address that is left opens the same comparison for someone else.
  await page.getByRole("link", { name: `Bỏ khỏi so sánh: ${projects[1]!.name}` }).click();
  await expect(page.getByRole("columnheader").filter({ hasText: projects[1]!.name })).toHaveCount(0);
  const shared = page.url();
  const colleague = await browser.newPage();
  await colleague.goto(shared);
  await expect(colleague.getByRole("columnheader").filter({ hasText: projects[0]!.name })).toBeVisible();
  await expect(colleague.getByRole("columnheader").filter({ hasText: projects[2]!.name })).toBeVisible();
  await colleague.close();

  // A hand-made address: a withdrawn call is not shown, and only three of four are.
  const slugs = [withdrawn.slug!, ...projects.map((project) => project.slug!)];
  await page.goto(`/so-sanh?${slugs.map((slug) => `du-an=${slug}`).join("&")}`);
  await expect(page.getByText("Chỉ so sánh được tối đa 3 dự án cùng lúc: 2 dự án chọn sau không được đưa vào.")).toBeVisible();
  await expect(page.getByText("1 dự án trong đường dẫn không còn được công bố hoặc không tồn tại.")).toBeVisible();
  await expect(page.getByRole("columnheader").filter({ hasText: withdrawn.name })).toHaveCount(0);
  await expect(page.getByRole("columnheader").filter({ hasText: `Dự án so sánh ${tag}` })).toHaveCount(2);
});
