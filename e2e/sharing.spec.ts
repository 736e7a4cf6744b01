import fs from "node:fs";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test, uniqueTag } from "./fixtures";

/** The content of a <meta property="…"> or <meta name="…"> in the page's head. */
function meta(page: Page, key: string) {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute("content");
}

/** A PNG's size, from its IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

async function expectPreviewImage(response: APIResponse, what: string): Promise<Buffer> {
  expect(response.status(), what).toBe(200);
  expect(response.headers()["content-type"], what).toBe("image/png");
  expect(response.headers()["cache-control"], what).toMatch(/^public, max-age=\d+/);
  const body = await response.body();
  expect(pngSize(body), what).toEqual({ width: 1200, height: 630 });
  // A picture with text on it, not an empty or error image.
  expect(body.length, what).toBeGreaterThan(15_000);
  return body;
}

test("a shared project link carries its title and its own picture; drafts and withdrawn calls have none", async ({
  page,
  data,
  baseURL,
}, testInfo) => {
  const unit = await data.unit();
  const name = `Khu nghỉ dưỡng Đảo Ngọc – bến thuyền và chợ đêm ${uniqueTag()}`;
  const project = await data.project(unit, { status: "PUBLISHED", name, model: "ben-cang-tong-hop-binh-tri" });
  const path = `/projects/${project.slug}`;

  await page.goto(path);
  expect(await meta(page, "og:title")).toBe(name);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "og:locale")).toBe("vi_VN");
  expect(await meta(page, "og:url")).toBe(`${baseURL}${path}`);
  expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}${path}`);
  expect(await meta(page, "og:site_name")).toBe("Cổng thông tin kêu gọi đầu tư tỉnh Kiên Giang");
  expect(await meta(page, "og:description")).toBeTruthy();
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  expect(await meta(page, "twitter:title")).toBe(name);
  const image = await meta(page, "og:image");
  expect(image).toMatch(new RegExp(`^${baseURL}${path}/share-image\\.png\\?v=[0-9a-z]+$`));
  expect(await meta(page, "twitter:image")).toBe(image);
  expect(await meta(page, "og:image:width")).toBe("1200");
  expect(await meta(page, "og:image:height")).toBe("630");
  const picture = await expectPreviewImage(await page.request.get(image!), "project picture");
  fs.writeFileSync(testInfo.outputPath("project-share-image.png"), picture);

  // A withdrawn call keeps its page, with the portal's picture; its own answers as if it never existed.
  const withdrawn = await data.project(unit, { status: "ARCHIVED", name: `Dự án đã rút ${uniqueTag()}` });
  await page.goto(`/projects/${withdrawn.slug}`);
  expect(await meta(page, "og:image")).toBe(`${baseURL}/share-image.png`);
  expect((await page.request.get(`/projects/${withdrawn.slug}/share-image.png`)).status()).toBe(404);

  // A draft never has a picture, even one that carries a slug (planted here: drafts get none).
  const draftName = `BẢN NHÁP BÍ MẬT ${uniqueTag()}`;
  const draft = await data.project(unit, { status: "DRAFT", name: draftName });
  const draftSlug = `ban-nhap-bi-mat-${uniqueTag()}`;
  await data.database.project.update({ where: { id: draft.id }, data: { slug: draftSlug } });
  for (const slug of [draftSlug, "khong-ton-tai", "KHONG..HOP-LE"]) {
    const response = await page.request.get(`/projects/${slug}/share-image.png`);
    expect(response.status(), slug).toBe(404);
    expect(response.headers()["content-type"], slug).not.toContain("image/");
    expect(await response.text(), slug).not.toContain("BÍ MẬT");
  }

  // The other public pages show the portal's own picture.
  for (const page_ of ["/", "/projects?sector=du-lich", "/du-lieu-mo"]) {
    await page.goto(page_);
    expect(await meta(page, "og:image"), page_).toBe(`${baseURL}/share-image.png`);
    // The page's canonical address, as search engines have it ("/" is written without its slash).
    expect(await meta(page, "og:url"), page_).toBe(await page.locator('head link[rel="canonical"]').getAttribute("href"));
    expect(await meta(page, "og:url"), page_).toMatch(new RegExp(`^${baseURL}`));
    expect(await meta(page, "og:locale"), page_).toBe("vi_VN");
    expect(await meta(page, "og:title"), page_).toBeTruthy();
  }
  // A comparison is shared by its address: the tags name it, with the published projects only.
  await page.goto(`/so-sanh?du-an=${project.slug}&du-an=${draftSlug}`);
  expect(await meta(page, "og:url")).toBe(`${baseURL}/so-sanh?du-an=${project.slug}`);
  expect(await meta(page, "og:image")).toBe(`${baseURL}/share-image.png`);
  expect(await meta(page, "og:description")).toContain(name);
  expect(await meta(page, "og:description")).not.toContain("BÍ MẬT");

  const portalPicture = await expectPreviewImage(await page.request.get("/share-image.png"), "portal picture");
  fs.writeFileSync(testInfo.outputPath("portal-share-image.png"), portalPicture);
});

test("copy link puts the page's address on the clipboard and says so @mobile", async ({
  page,
  context,
  browser,
  data,
  baseURL,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const project = await data.project(await data.unit(), { status: "PUBLISHED" });
  const url = `${baseURL}/projects/${project.slug}`;
  await page.goto(`/projects/${project.slug}`);

  const share = page.getByRole("region", { name: "Chia sẻ và in" });
  // Without script the address is there to select; with it, the button copies it.
  await expect(share.getByLabel("Liên kết đến trang này")).toHaveValue(url);
  await share.getByRole("button", { name: "Sao chép liên kết" }).click();
  await expect(share.getByRole("status")).toHaveText("Đã sao chép liên kết.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Plain links to each service's share page, with this page's address.
  await expect(share.getByRole("link", { name: /^Facebook/ })).toHaveAttribute(
    "href",
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  );
  await expect(share.getByRole("link", { name: /^LinkedIn/ })).toHaveAttribute("href", new RegExp(encodeURIComponent(url)));
  await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute("href", /^mailto:\?subject=/);
  await expect(share.getByRole("button", { name: "In / Lưu PDF" })).toBeVisible();

  // Without JavaScript no button that cannot work: the address is there to select, the links still go.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`/projects/${project.slug}`);
  const plainShare = plain.getByRole("region", { name: "Chia sẻ và in" });
  await expect(plainShare.getByLabel("Liên kết đến trang này")).toHaveValue(url);
  await expect(plainShare.getByRole("button")).toHaveCount(0);
  await expect(plainShare.getByRole("link", { name: /^Facebook/ })).toBeVisible();
  await noScript.close();

  const width = page.viewportSize()!.width;
  await page.screenshot({ path: testInfo.outputPath(`project-page-${width}.png`), fullPage: true });
  await share.screenshot({ path: testInfo.outputPath(`share-panel-${width}.png`) });
});

test("printed, a project is a sheet with the unit's contact and a QR code to its page, without the site's navigation", async ({
  page,
  data,
}, testInfo) => {
  const unit = await data.unit();
  const project = await data.project(unit, { status: "PUBLISHED" });
  await page.goto(`/projects/${project.slug}`);
  await page.emulateMedia({ media: "print" });

  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Đường dẫn" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Chia sẻ và in" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Quan tâm dự án này" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();

  await expect(page.getByRole("img", { name: /^Mã QR dẫn đến trang dự án/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: project.name })).toBeVisible();
  const contact = page.getByRole("region", { name: "I. THÔNG TIN VỀ ĐƠN VỊ ĐỀ XUẤT DỰ ÁN" });
  await expect(contact).toBeVisible();
  const { unitEmail, contactName } = await data.database.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { unitEmail: true, contactName: true },
  });
  await expect(contact).toContainText(unitEmail);
  await expect(contact).toContainText(contactName);
  await expect(page.getByRole("region", { name: "II. THÔNG TIN VỀ DỰ ÁN" })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath("project-print.png"), fullPage: true });
  // What "Lưu dưới dạng PDF" gives: an A4 sheet.
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  fs.writeFileSync(testInfo.outputPath("project-sheet.pdf"), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g), "pages of the printed sheet").toHaveLength(1);
});
