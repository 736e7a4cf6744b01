import { expect, test, type Page } from "@playwright/test";

const COASTAL_ROAD = "Đường ven biển Rạch Giá – Hòn Đất – Kiên Lương";
const COASTAL_ROAD_SLUG = "duong-ven-bien-rach-gia-hon-dat-kien-luong";

const results = (page: Page) => page.locator("main ul li article");

test.describe("public catalogue", () => {
  test("home shows counts, sectors and the latest projects", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cơ hội đầu tư tại tỉnh Kiên Giang");
    await expect(page.getByText("dự án đang kêu gọi đầu tư")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Dự án mới công bố" })).toBeVisible();
    await page.getByRole("link", { name: /^Giao thông \d+ dự án$/ }).click();
    await expect(page).toHaveURL(/\/projects\?sector=giao-thong$/);
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toHaveValue("giao-thong");
    const sectors = await page.locator("main article > p:first-child").allTextContents();
    expect(sectors.length).toBeGreaterThan(0);
    expect(new Set(sectors)).toEqual(new Set(["Giao thông"]));
  });

  test("narrows by sector and location, keeps it in the URL, and goes back", async ({ page }) => {
    await page.goto("/projects");
    const allCount = await results(page).count();
    expect(allCount).toBe(20);

    await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
    await expect(page).toHaveURL(/sector=giao-thong/);
    await expect(page.getByText(/^Ngành: Giao thông/)).toBeVisible();
    const sectorCount = await results(page).count();

    await page.getByLabel("Địa bàn").selectOption("kien-luong");
    await expect(page).toHaveURL(/sector=giao-thong.*location=kien-luong|location=kien-luong.*sector=giao-thong/);
    await expect(results(page).first()).toBeVisible();
    const narrowed = await results(page).count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(sectorCount);
    for (const card of await results(page).all()) {
      await expect(card).toContainText("Giao thông");
      await expect(card).toContainText("Huyện Kiên Lương");
    }

    await page.goBack();
    await expect(page).toHaveURL(/\/projects\?sector=giao-thong$/);
    await expect(page.getByLabel("Địa bàn")).toHaveValue("");
    await expect(results(page)).toHaveCount(sectorCount);
  });

  test("finds a project by its name typed without diacritics and reads it in the template's form", async ({ page }) => {
    await page.goto("/projects");
    await page.getByLabel("Từ khóa").fill("duong ven bien rach gia");
    await page.getByLabel("Từ khóa").press("Enter");
    await expect(page).toHaveURL(/q=duong\+ven\+bien\+rach\+gia/);
    await page.getByRole("link", { name: COASTAL_ROAD }).click();

    await expect(page).toHaveURL(`/projects/${COASTAL_ROAD_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(COASTAL_ROAD);
    await expect(page.getByRole("heading", { name: "I. THÔNG TIN VỀ ĐƠN VỊ ĐỀ XUẤT DỰ ÁN" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "II. THÔNG TIN VỀ DỰ ÁN" })).toBeVisible();
    const labels = await page.locator("main dl dt").allTextContents();
    const template = [
      "Tên đơn vị", "Địa chỉ", "Điện thoại", "Fax", "Email", "Website", "Người liên hệ", "Chức vụ",
      "Ngành / Lĩnh vực", "1. Tên dự án", "2. Mục tiêu dự án", "3. Hình thức đầu tư", "4. Quy mô dự án",
      "5. Thời hạn dự án (năm) và kế hoạch triển khai dự án", "6. Căn cứ xây dựng dự án", "7. Địa điểm dự án",
      "8. Hạ tầng tại địa điểm", "9. Điều kiện hoặc ưu đãi đầu tư", "10. Hiệu quả xã hội của dự án",
      "11. Địa điểm nộp hồ sơ đăng ký đầu tư",
    ];
    // Every template label, in the template's order.
    expect(labels.filter((label) => template.includes(label))).toEqual(template);
    await expect(page.getByText(/^Cập nhật lần cuối:/)).toContainText(/\d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByText("Sở Giao thông vận tải tỉnh Kiên Giang").first()).toBeVisible();
    await expect(page.getByText("PPP – BOT").first()).toBeVisible();
  });

  test("a search with no result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/projects?q=khongcoduannaytontai&sector=du-lich");
    await expect(page.getByText("Không tìm thấy dự án phù hợp")).toBeVisible();
    await page.getByRole("link", { name: "Xóa bộ lọc" }).last().click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(results(page)).toHaveCount(20);
  });

  test("pages through the catalogue and sorts by capital", async ({ page }) => {
    await page.goto("/projects?sort=capital-desc");
    const pagination = page.getByRole("navigation", { name: "Phân trang" });
    await expect(pagination).toBeVisible();
    const firstPageNames = await page.locator("main article h3").allTextContents();
    await pagination.getByRole("link", { name: "Trang sau ›" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pagination.locator("[aria-current=page]")).toHaveText("Trang 2");
    const secondPageNames = await page.locator("main article h3").allTextContents();
    expect(secondPageNames.length).toBeGreaterThan(0);
    expect(secondPageNames.some((name) => firstPageNames.includes(name))).toBe(false);
  });

  test("unknown and unpublished projects give the 404 page", async ({ page }) => {
    for (const path of ["/projects/khong-ton-tai", "/projects/demo-ban-nhap", "/projects/..%2F..%2Fetc"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    }
  });

  test("drafts and submissions never reach the public pages or the API", async ({ page, request }) => {
    for (const path of ["/", "/projects?q=noi+bo", "/projects?sort=name", "/projects?sort=name&page=2"]) {
      await page.goto(path);
      await expect(page.locator("body")).not.toContainText("NỘI BỘ");
    }
    const api = await request.get("/api/projects?q=noi%20bo");
    expect(api.ok()).toBe(true);
    expect(await api.text()).not.toContain("NỘI BỘ");
  });

  test("bad input in the URL is ignored or clamped, never an error", async ({ page }) => {
    const longKeyword = "Đường ven biển ".repeat(334).slice(0, 5000);
    const response = await page.goto(
      `/projects?page=-3&minCapital=abc&maxCapital=-1&sector=khong-co&location=%3Cscript%3E&sort=x&q=${encodeURIComponent(longKeyword)}`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự án kêu gọi đầu tư");
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toHaveValue("");
    const beyond = await page.goto("/projects?page=999");
    expect(beyond?.status()).toBe(200);
    await expect(results(page).first()).toBeVisible();
  });

  test("the API returns published projects with the same filters and paging", async ({ request }) => {
    const response = await request.get("/api/projects?sector=giao-thong&q=duong&sort=capital-asc");
    expect(response.ok()).toBe(true);
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.page).toBe(1);
    expect(body.items.length).toBe(Math.min(body.total, body.pageSize));
    for (const item of body.items) expect(item.sector.code).toBe("giao-thong");
    const capitals = body.items.map((item: { capitalTy: number }) => item.capitalTy);
    expect(capitals).toEqual([...capitals].sort((a, b) => a - b));
    expect(body.items.map((item: { name: string }) => item.name)).toContain(COASTAL_ROAD);

    const bad = await request.get("/api/projects?page=abc&minCapital=-9&form=%00");
    expect(bad.status()).toBe(200);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form still narrows the catalogue", async ({ page }) => {
    await page.goto("/projects");
    await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
    await page.getByLabel("Từ khóa").fill("duong");
    await page.getByRole("button", { name: "Lọc dự án" }).click();
    await expect(page).toHaveURL(/sector=giao-thong/);
    await expect(page).toHaveURL(/q=duong/);
    await expect(page.getByRole("link", { name: COASTAL_ROAD })).toBeVisible();
    for (const card of await results(page).all()) await expect(card).toContainText("Giao thông");
  });
});
