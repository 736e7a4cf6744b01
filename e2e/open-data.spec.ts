import fs from "node:fs";
import http from "node:http";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { SECOND_SERVER_URL } from "./support";

// What someone who wants the data, not the pages, gets: the catalogue's current view as files.

const HIDDEN_MARKERS = ["BẢN NHÁP NỘI BỘ", "CHỜ DUYỆT NỘI BỘ"];

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** The count the catalogue shows: "Tìm thấy 12 dự án". */
async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^Tìm thấy/).textContent();
  return Number(text!.match(/Tìm thấy ([\d.]+)/)![1]!.replaceAll(".", ""));
}

test.describe("exports of the catalogue", () => {
  test("the CSV for Excel holds the filtered view, in Vietnamese, with a BOM @mobile", async ({ page }) => {
    await page.goto("/projects?sector=giao-thong");
    const total = await shownTotal(page);
    await expect(page.getByRole("heading", { name: `Tải danh sách này (${total} dự án)` })).toBeVisible();
    const csv = await download(page, /^CSV cho Excel/);
    expect(csv.name).toMatch(/^du-an-kieu-goi-dau-tu-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toContain('"Mã dự án";"Tên dự án";"Trang dự án"');
    expect(lines[0]).toContain('"Tổng vốn đầu tư dự kiến (tỷ đồng)"');
    expect(lines).toHaveLength(1 + total);
    for (const line of lines.slice(1)) expect(line).toContain('"Giao thông";"giao-thong"');
    for (const marker of HIDDEN_MARKERS) expect(text).not.toContain(marker);
  });

  test("the plain CSV and the JSON follow a keyword search", async ({ page }) => {
    await page.goto("/projects?q=du+lich&sort=name");
    const total = await shownTotal(page);
    const csv = await download(page, /^CSV \(dấu phẩy/);
    const lines = csv.bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + total);
    expect(lines[0]).toContain('"Mã dự án","Tên dự án","Trang dự án"');

    const json = await download(page, /^JSON/);
    const data = JSON.parse(json.bytes.toString("utf8")) as { total: number; projects: { name: string; url: string }[] };
    expect(data.total).toBe(total);
    // In the page's order: the file starts with the projects the first page lists.
    const shown = await page.locator("main ul li article h3").allTextContents();
    expect(data.projects.slice(0, shown.length).map((project) => project.name)).toEqual(shown);
  });

  test("the Excel workbook has typed columns and the field dictionary", async ({ page }) => {
    await page.goto("/projects?location=phu-quoc&sort=capital-desc");
    const total = await shownTotal(page);
    const xlsx = await download(page, /^Excel/);
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const [projects, dictionary] = workbook.worksheets;
    expect(projects!.name).toBe("Dự án");
    expect(projects!.rowCount).toBe(1 + total);
    const header = (projects!.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (label: string) => header.indexOf(label) + 1;
    const capitals: number[] = [];
    for (let row = 2; row <= projects!.rowCount; row++) {
      const capital = projects!.getRow(row).getCell(column("Tổng vốn đầu tư dự kiến (tỷ đồng)"));
      expect(capital.type).toBe(ExcelJS.ValueType.Number);
      capitals.push(capital.value as number);
      expect(projects!.getRow(row).getCell(column("Ngày công bố")).type).toBe(ExcelJS.ValueType.Date);
      expect(projects!.getRow(row).getCell(column("Thời hạn dự án (năm)")).type).toBe(ExcelJS.ValueType.Number);
      expect(String(projects!.getRow(row).getCell(column("Địa bàn")).value)).toContain("Thành phố Phú Quốc");
    }
    expect(capitals).toEqual([...capitals].sort((a, b) => b - a));
    expect(dictionary!.name).toBe("Từ điển dữ liệu");
    expect(dictionary!.getRow(1).getCell(1).value).toBe("Cột");
    expect(dictionary!.rowCount).toBe(header.length + 1);
  });
});

/** GETs from another loopback address, so a test that exhausts its rate limit leaves the other tests' address alone. */
function getFrom(
  localAddress: string,
  url: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { localAddress, agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

test.describe("the open API", () => {
  test("the open data page gives the licence, the downloads, the API and the field dictionary @mobile", async ({ page }) => {
    await page.goto("/projects");
    await page.getByRole("link", { name: "Dữ liệu mở" }).first().click();
    await expect(page).toHaveURL(/\/du-lieu-mo$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu mở");
    await expect(page).toHaveTitle("Dữ liệu mở | Kêu gọi đầu tư Kiên Giang");
    await expect(page.getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute(
      "href",
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
    await expect(page.getByText(/120 yêu cầu mỗi phút/)).toBeVisible();
    const dictionary = page.getByRole("table");
    await expect(dictionary.getByRole("row").nth(1)).toContainText("Mã dự án");
    await expect(dictionary).toContainText("Tổng vốn đầu tư dự kiến (tỷ đồng)");
    const xlsx = await download(page, /^Excel/);
    expect(xlsx.name).toMatch(/\.xlsx$/);

    const [openApi] = await Promise.all([
      page.waitForResponse("**/api/openapi.json"),
      page.getByRole("link", { name: "/api/openapi.json" }).click(),
    ]);
    const document = (await openApi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/projects", "/api/projects/export"]));
  });

  test("answers 304 to a client that already has the page, and lets shared caches keep it", async ({ request }) => {
    const first = await request.get("/api/projects?sector=du-lich");
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    const again = await request.get("/api/projects?sector=du-lich", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await again.text()).toBe("");
    const other = await request.get("/api/projects?sector=giao-thong", { headers: { "If-None-Match": etag } });
    expect(other.status()).toBe(200);
  });

  test("a page of another site can read the API from the browser, conditional requests included", async ({ page, baseURL }) => {
    // The second app server is another origin (another port); its JSON answers carry no CSP.
    await page.goto(`${SECOND_SERVER_URL}/api/health`);
    const result = await page.evaluate(async (api) => {
      const first = await fetch(`${api}/api/projects?location=phu-quoc`);
      const etag = first.headers.get("ETag");
      const body = (await first.json()) as { total: number };
      const again = await fetch(`${api}/api/projects?location=phu-quoc`, {
        headers: { "If-None-Match": etag! },
        cache: "no-store",
      });
      return { status: first.status, total: body.total, etag, againStatus: again.status };
    }, baseURL!);
    expect(result.status).toBe(200);
    expect(result.total).toBeGreaterThan(0);
    expect(result.etag).toBeTruthy();
    expect(result.againStatus).toBe(304);
  });

  test("an address that asks too often is told to wait, with the CORS headers still on", async ({ baseURL }) => {
    const url = `${baseURL}/api/projects?page=1`;
    let refused: Awaited<ReturnType<typeof getFrom>> | null = null;
    for (let attempt = 0; attempt < 300 && !refused; attempt++) {
      const response = await getFrom("127.0.0.9", url);
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused, "a 429 within 300 requests").not.toBeNull();
    expect(Number(refused!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(refused!.headers["access-control-allow-origin"]).toBe("*");
    expect(JSON.parse(refused!.body)).toMatchObject({
      message: expect.stringMatching(/^Quá nhiều yêu cầu .* thử lại sau \d+ giây\.$/),
    });
    // Another address is served as usual.
    expect((await getFrom("127.0.0.10", url)).status).toBe(200);
  });
});
