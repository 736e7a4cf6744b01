import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, uniqueTag } from "./fixtures";
import { signIn } from "./support";

// Where a project is: a unit types its map point in step 4, the Editorial Board publishes it, the
// public page shows it on a map and the catalogue's map view clusters the filtered projects. There
// are no tiles in these tests (no network here, and the route below refuses them elsewhere too):
// the maps must show their points on a plain background and say the background is missing.

const TILES = "https://tile.openstreetmap.org/**";
const BOTH_OR_NEITHER = "Vui lòng nhập cả vĩ độ và kinh độ, hoặc để trống cả hai";

async function withoutTiles(page: Page) {
  await page.route(TILES, (route) => route.abort("internetdisconnected"));
}

async function expectNoSeriousAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test("a unit types a map point in step 4; once published, the project page shows it on a map @mobile", async ({
  page,
  context,
  data,
}, testInfo) => {
  test.slow();
  const unit = await data.unit();
  const submitter = await data.user("SUBMITTER", { unit });
  const reviewer = await data.user("REVIEWER");
  const name = `Khu du lịch sinh thái Mũi Nai (kiểm thử bản đồ ${uniqueTag()})`;
  const draft = await data.project(unit, { name, model: "ben-cang-tong-hop-binh-tri", formStep: 3 });

  await signIn(page, submitter, `/dashboard/projects/${draft.id}`);
  await expect(page.getByRole("heading", { name: "Bước 4. Địa điểm và hạ tầng" })).toBeVisible();
  const latitude = page.getByLabel("Vĩ độ");
  const longitude = page.getByLabel("Kinh độ");

  // Hà Nội is not in Kiên Giang: each half says where it must be.
  await latitude.fill("21.0285");
  await longitude.fill("105.8542");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Vĩ độ phải trong khoảng 9,2 đến 10,6 (trong tỉnh Kiên Giang)")).toBeVisible();
  await expect(page.getByText("Kinh độ phải trong khoảng 103,4 đến 105,6 (trong tỉnh Kiên Giang, kể cả Phú Quốc)")).toBeVisible();
  await expect(latitude).toHaveAttribute("aria-invalid", "true");

  // Half a point is refused on the half that is missing.
  await latitude.fill("10.3823");
  await longitude.fill("");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText(BOTH_OR_NEITHER)).toBeVisible();
  await expect(longitude).toHaveAttribute("aria-invalid", "true");

  // Typed with a dot, as a map application gives it: "10.382" is ten point three eight two.
  await longitude.fill("104.482");
  await expect(page.getByText(BOTH_OR_NEITHER)).toHaveCount(0);
  await withoutTiles(page);
  await page.getByRole("button", { name: "Chọn vị trí trên bản đồ" }).click();
  const picker = page.getByRole("region", { name: "Bản đồ chọn vị trí dự án" });
  await expect(picker.getByRole("img", { name: "Vị trí đã chọn" })).toBeVisible();
  // A click on the map fills both inputs (vi-VN decimals); typing moves the pin back.
  await picker.click({ position: { x: 60, y: 120 } });
  await expect(latitude).not.toHaveValue("10.3823");
  await expect(latitude).toHaveValue(/^10,\d{1,6}$/);
  await expect(longitude).toHaveValue(/^104,\d{1,6}$/);
  await latitude.fill("10.3823");
  await longitude.fill("104.482");
  await expect(page.getByText("Không tải được bản đồ nền. Các điểm vẫn đúng vị trí theo tọa độ.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("step-4.png"), fullPage: true });
  await picker.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("step-4-map.png") });
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 5. Hiệu quả và hồ sơ" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 6. Xem lại và gửi" })).toBeVisible();
  await expect(page.getByText("10.3823", { exact: true })).toBeVisible();
  await expect(page.getByText("104.482", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/dashboard\?submitted=/);

  // The Editorial Board publishes it.
  const board = await context.browser()!.newPage();
  await signIn(board, reviewer, "/review");
  await board.getByRole("link", { name }).click();
  await board.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(board.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();
  const slug = (await data.database.project.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true } })).slug;

  // An anonymous visitor: the coordinates as text (and a link to OpenStreetMap) in item 7, and the
  // map, whose code arrives only when it scrolls into view.
  const visitor = await (await context.browser()!.newContext({ viewport: page.viewportSize() })).newPage();
  await withoutTiles(visitor);
  const scripts: string[] = [];
  visitor.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  await visitor.goto(`/projects/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await visitor.waitForLoadState("networkidle");
  expect(
    scripts.some((source) => source.includes("leaflet-container")),
    "Leaflet in the first load",
  ).toBe(false);
  await expect(visitor.getByText("Vĩ độ: 10,3823; Kinh độ: 104,482 (xem trên OpenStreetMap)")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "xem trên OpenStreetMap" })).toHaveAttribute(
    "href",
    "https://www.openstreetmap.org/?mlat=10.382300&mlon=104.482000#map=15/10.382300/104.482000",
  );
  const map = visitor.getByRole("region", { name: `Bản đồ vị trí dự án ${name}` });
  await visitor.getByRole("heading", { name: "Vị trí trên bản đồ" }).scrollIntoViewIfNeeded();
  await expect(map.getByRole("img", { name: "Vị trí dự án" })).toBeVisible();
  await expect(map.getByText("© OpenStreetMap contributors")).toBeVisible();
  await expect(visitor.getByText("Không tải được bản đồ nền. Các điểm vẫn đúng vị trí theo tọa độ.")).toBeVisible();
  await expect.poll(() => scripts.some((source) => source.includes("leaflet-container")), "Leaflet once in view").toBe(true);
  await expectNoSeriousAxeViolation(visitor);
  await visitor.screenshot({ path: testInfo.outputPath("project-page.png"), fullPage: true });
  await visitor.screenshot({ path: testInfo.outputPath("project-map.png") });
});

test("the catalogue's map view clusters the filtered projects, each pin a link to its page @mobile", async ({
  page,
  data,
}, testInfo) => {
  test.slow();
  const unit = await data.unit();
  const tag = uniqueTag();
  // Two in Rạch Giá, a few hundred metres apart; one on Phú Quốc island (not named so: the catalogue
  // spec ranks "phu quoc" against the demo's Phú Quốc projects); one without a point.
  const projects = [
    { name: `Chợ đêm Rạch Giá (vị trí ${tag})`, latitude: 10.0125, longitude: 105.0809 },
    { name: `Bến xe Rạch Giá (vị trí ${tag})`, latitude: 10.0151, longitude: 105.0836 },
    { name: `Cảng hành khách Dương Đông (vị trí ${tag})`, latitude: 10.227, longitude: 103.964 },
    { name: `Kho lạnh Tắc Cậu (vị trí ${tag})` },
  ];
  for (const project of projects) {
    const { name, ...point } = project;
    await data.project(unit, { status: "PUBLISHED", name, values: point });
  }

  await withoutTiles(page);
  await page.goto(`/projects?q=vi+tri+${tag}`);
  await expect(page.getByText("Tìm thấy 4 dự án")).toBeVisible();
  // The list is the default view, and stays under the map.
  await expect(page.getByRole("link", { name: "Danh sách" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Bản đồ", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=vi\\+tri\\+${tag}.*view=map`));
  await expect(page.getByRole("link", { name: "Bản đồ", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("3 trong 4 dự án có vị trí trên bản đồ")).toBeVisible();

  const map = page.getByRole("region", { name: "Bản đồ các dự án trong kết quả tìm kiếm" });
  const cluster = map.getByRole("button", { name: "2 dự án ở gần nhau – phóng to để xem" });
  await expect(cluster).toBeVisible();
  await expect(map.getByRole("link", { name: projects[2]!.name })).toBeVisible();
  await expect(map.getByRole("link", { name: projects[0]!.name })).toHaveCount(0);
  await expect(map.getByText("© OpenStreetMap contributors")).toBeVisible();
  await expect(page.getByText("Không tải được bản đồ nền. Các điểm vẫn đúng vị trí theo tọa độ.")).toBeVisible();
  for (const project of projects) await expect(page.getByRole("link", { name: project.name, exact: true }).last()).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.screenshot({ path: testInfo.outputPath("catalogue-map.png"), fullPage: true });
  await map.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("catalogue-map-view.png") });

  // A filter keeps the map view; the map follows it.
  await page.getByRole("searchbox", { name: "Từ khóa" }).fill(`cho dem vi tri ${tag}`);
  await page.getByRole("searchbox", { name: "Từ khóa" }).press("Enter");
  await expect(page).toHaveURL(/view=map/);
  await expect(page.getByText("1 trong 1 dự án có vị trí trên bản đồ")).toBeVisible();
  await page.goBack();
  await expect(page.getByText("3 trong 4 dự án có vị trí trên bản đồ")).toBeVisible();

  // The cluster opens from the keyboard into its two projects; a pin leads to the project's page.
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect(map.getByRole("link", { name: projects[0]!.name })).toBeVisible();
  await expect(map.getByRole("link", { name: projects[1]!.name })).toBeVisible();
  await map.getByRole("link", { name: projects[1]!.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(projects[1]!.name);
});
