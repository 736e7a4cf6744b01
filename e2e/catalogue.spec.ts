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
      "Tên đơn vị",
      "Địa chỉ",
      "Điện thoại",
      "Fax",
      "Email",
      "Website",
      "Người liên hệ",
      "Chức vụ",
      "Ngành / Lĩnh vực",
      "1. Tên dự án",
      "2. Mục tiêu dự án",
      "3. Hình thức đầu tư",
      "4. Quy mô dự án",
      "5. Thời hạn dự án (năm) và kế hoạch triển khai dự án",
      "6. Căn cứ xây dựng dự án",
      "7. Địa điểm dự án",
      "8. Hạ tầng tại địa điểm",
      "9. Điều kiện hoặc ưu đãi đầu tư",
      "10. Hiệu quả xã hội của dự án",
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

  test("bad input in the URL is ignored or clamped, never an error, and the page says so", async ({ page }) => {
    const longKeyword = "Đường ven biển ".repeat(334).slice(0, 5000);
    const response = await page.goto(
      `/projects?page=-3&minCapital=abc&maxCapital=-1&sector=khong-co&location=%3Cscript%3E&sort=x&q=${encodeURIComponent(longKeyword)}`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự án kêu gọi đầu tư");
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toHaveValue("");
    const notice = page.getByRole("status").filter({ hasText: "Xin lưu ý" });
    await expect(notice).toContainText("Không đọc được số “abc” trong ô “Vốn từ”");
    await expect(notice).toContainText("Không có ngành / lĩnh vực mã “khong-co”");
    await expect(notice).toContainText("Không có địa bàn mã “<script>”");
    await expect(notice).toContainText("Không có cách sắp xếp “x”");
    await expect(notice).toContainText("Số trang “-3” không hợp lệ");
    await expect(notice).toContainText("Từ khóa dài hơn 200 ký tự");
    // What was typed stays in the filter, marked, with the reason beside it.
    await expect(page.getByLabel("Từ", { exact: true })).toHaveValue("abc");
    await expect(page.getByLabel("Từ", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Từ", { exact: true })).toHaveAccessibleDescription(/Không đọc được số “abc”/);

    // As many pages as the API counts: other specs may have published projects of their own.
    const { pageCount } = (await (await page.request.get("/api/projects")).json()) as { pageCount: number };
    expect(pageCount).toBeGreaterThan(1);
    const beyond = await page.goto("/projects?sector=khong-co&page=99999");
    expect(beyond?.status()).toBe(200);
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Xin lưu ý" })).toContainText(
      `Kết quả hiện có ${pageCount} trang, không có trang 99.999, nên đang hiển thị trang cuối.`,
    );
    await expect(page.getByRole("navigation", { name: "Phân trang" }).locator("[aria-current=page]")).toHaveText(
      `Trang ${pageCount}`,
    );
    await page.goto("/projects?sector=du-lich");
    await expect(page.getByText("Xin lưu ý")).toHaveCount(0);
  });

  test("reads capital the Vietnamese way: 1.000 is one thousand, 1,5 is one and a half", async ({ page }) => {
    await page.goto("/projects");
    await page.getByLabel("Từ", { exact: true }).fill("1.000");
    await page.getByLabel("Đến", { exact: true }).fill("2.000,5");
    await page.getByLabel("Đến", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/minCapital=1\.000&maxCapital=2\.000%2C5/);
    await expect(page.getByRole("link", { name: /Vốn từ 1\.000 tỷ đồng/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Vốn đến 2\.000,5 tỷ đồng/ })).toBeVisible();
    const capitals = await page
      .locator("main article")
      .getByText(/tỷ đồng$/)
      .allTextContents();
    expect(capitals.length).toBeGreaterThan(0);
    for (const text of capitals) {
      const value = Number(text.replace(" tỷ đồng", "").replaceAll(".", "").replace(",", "."));
      expect(value, text).toBeGreaterThanOrEqual(1000);
      expect(value, text).toBeLessThanOrEqual(2000.5);
    }
    // A link the site writes (removing a chip) keeps the amount readable and the same.
    await page.getByRole("link", { name: /Vốn đến 2\.000,5 tỷ đồng/ }).click();
    await expect(page).toHaveURL(/\/projects\?minCapital=1\.000$/);
    await expect(page.getByLabel("Từ", { exact: true })).toHaveValue("1.000");

    await page.getByLabel("Từ", { exact: true }).fill("1,5");
    await page.getByRole("button", { name: "Lọc dự án" }).click();
    await expect(page.getByRole("link", { name: /Vốn từ 1,5 tỷ đồng/ })).toBeVisible();
    await page.getByLabel("Từ", { exact: true }).fill("một nghìn");
    await page.getByRole("button", { name: "Lọc dự án" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Xin lưu ý" })).toContainText("Không đọc được số “một nghìn”");
    await expect(page.getByLabel("Từ", { exact: true })).toHaveValue("một nghìn");
    await expect(results(page)).toHaveCount(20);
  });

  test("a keyword brings the best matches first: “phu quoc” puts Phú Quốc projects on top", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByLabel("Sắp xếp").locator("option:checked")).toHaveText("Mới công bố");
    await page.getByLabel("Từ khóa").fill("phu quoc");
    await expect(page).toHaveURL(/\/projects\?q=phu\+quoc$/);
    await expect(page.getByLabel("Sắp xếp").locator("option:checked")).toHaveText("Phù hợp nhất");
    // The six published projects in Phú Quốc come before any other.
    const cards = await results(page).allInnerTexts();
    expect(cards.findIndex((card) => !/Địa điểm:\s*Thành phố Phú Quốc/.test(card))).toBeGreaterThanOrEqual(6);

    // The visitor's own choice wins over the ranking, and is kept in the URL.
    await page.getByLabel("Sắp xếp").selectOption({ label: "Mới công bố" });
    await expect(page).toHaveURL(/q=phu\+quoc&sort=newest/);
    // Without a keyword the default is the newest again.
    await page.getByRole("link", { name: /Từ khóa: “phu quoc”/ }).click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByLabel("Sắp xếp").locator("option:checked")).toHaveText("Mới công bố");
  });

  test("finds the investment form, the proposing unit and the legal basis", async ({ page }) => {
    await page.goto("/projects?q=ppp+bot");
    await expect(results(page).first()).toContainText("PPP – BOT");
    await page.goto(`/projects?q=${encodeURIComponent("UBND thành phố Phú Quốc")}`);
    await expect(results(page).first()).toContainText("UBND thành phố Phú Quốc");
    await page.goto(`/projects?q=${encodeURIComponent("Luật Lâm nghiệp")}`);
    await expect(results(page).first()).toContainText("Khu du lịch sinh thái dưới tán rừng tràm U Minh Thượng");
  });

  test("the API returns published projects with the same filters and paging", async ({ request, page }) => {
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

    const bad = await request.get("/api/projects?page=abc&minCapital=-9&form=%00&sector=x%00y&q=%00");
    expect(bad.status()).toBe(200);
    expect((await page.goto("/projects?form=%00&location=%00&q=c%00ang"))?.status()).toBe(200);
  });
});

test.describe("on a phone", () => {
  test("the filters fold behind “Lọc (n)”, so the first results are on the first screen @phone", async ({ page }) => {
    await page.goto("/projects?sector=giao-thong&minCapital=100");
    const toggle = page.getByText(/^Lọc \(2/);
    await expect(toggle).toBeVisible();
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toBeHidden();
    const first = results(page).first();
    await expect(first).toBeInViewport();
    expect((await first.boundingBox())!.y).toBeLessThan(812 - 150);

    await toggle.click();
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toBeVisible();
    await page.getByLabel("Địa bàn").selectOption("kien-luong");
    await expect(page).toHaveURL(/location=kien-luong/);
    await expect(page.getByText(/^Lọc \(3/)).toBeVisible();
    // Pressing "Lọc dự án" folds the panel again and shows the results.
    await page.getByRole("button", { name: "Lọc dự án" }).click();
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toBeHidden();
    await expect(results(page).first()).toBeInViewport();
  });

  test("a capital it cannot read opens the panel at the message @phone", async ({ page }) => {
    await page.goto("/projects?maxCapital=abc");
    await expect(page.getByLabel("Đến", { exact: true })).toBeVisible();
    await expect(page.getByText("Không đọc được số “abc”. Ví dụ cách nhập: 1.000 hoặc 1,5.")).toBeVisible();
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the folded panel opens and filters @phone", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByLabel("Ngành / Lĩnh vực")).toBeHidden();
    await page.getByText(/^Lọc \(0/).click();
    await page.getByLabel("Ngành / Lĩnh vực").selectOption("du-lich");
    await page.getByRole("button", { name: "Lọc dự án" }).click();
    await expect(page).toHaveURL(/sector=du-lich/);
    await expect(page.getByText(/^Lọc \(1/)).toBeVisible();
    for (const card of await results(page).all()) await expect(card).toContainText("Du lịch");
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
