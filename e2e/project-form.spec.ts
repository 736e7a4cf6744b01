import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn, signOut } from "./support";

const BASE_NAME = "Trạm dừng nghỉ Quốc lộ 80 – Kiên Lương";
const SUMMARY_EN = "A rest stop for coaches and lorries on National Highway 80 through Kien Luong district.";

async function fillStep2(page: Page, NAME: string) {
  await page.getByLabel("Ngành / Lĩnh vực").selectOption("giao-thong");
  await page.getByLabel("1. Tên dự án").fill(NAME);
  await page
    .getByLabel("2. Mục tiêu dự án")
    .fill("Xây dựng trạm dừng nghỉ phục vụ xe khách và xe tải trên Quốc lộ 80 đoạn qua huyện Kiên Lương.");
  await page.getByLabel("3. Hình thức đầu tư").selectOption("trong-nuoc");
}

test("a submitter files a project call through the six steps, leaves, resumes and submits @mobile", async ({
  page,
  data,
}, testInfo) => {
  test.slow();
  // One project call per browser project: both run against the same database.
  const NAME = `${BASE_NAME} (kiểm thử ${testInfo.project.name})`;
  const NAME_EN = `National Highway 80 rest stop, Kien Luong (test ${testInfo.project.name})`;
  const unit = await data.unit();
  await signIn(page, await data.user("SUBMITTER", { unit }));
  await page.getByRole("link", { name: "+ Lập hồ sơ dự án mới" }).click();

  // Step 1: section I is prefilled from the organisation.
  await expect(page.getByRole("heading", { name: "Bước 1. Đơn vị đề xuất" })).toBeVisible();
  await expect(page.getByLabel("Tên đơn vị")).toHaveValue(unit.name);
  await page.getByLabel("Người liên hệ").fill("Lê Văn Kiểm");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 2: errors beside the fields, in Vietnamese, and nothing typed is lost.
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/projects\/(?!new)[a-z0-9]+$/);
  await page.getByLabel("1. Tên dự án").fill("Trạm");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Tên dự án phải có ít nhất 5 ký tự")).toBeVisible();
  await expect(page.getByText("Vui lòng chọn ngành / lĩnh vực")).toBeVisible();
  await expect(page.getByLabel("1. Tên dự án")).toHaveValue("Trạm");
  await fillStep2(page, NAME);
  // The English name and summary are optional; a summary over the limit is refused in Vietnamese.
  await page.getByLabel("Tên dự án bằng tiếng Anh (không bắt buộc)").fill(`  ${NAME_EN}  `);
  await page.getByLabel("Tóm tắt dự án bằng tiếng Anh (không bắt buộc)").fill("x".repeat(2001));
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Tối đa 2.000 ký tự", { exact: true })).toBeVisible();
  await page.getByLabel("Tóm tắt dự án bằng tiếng Anh (không bắt buộc)").fill(SUMMARY_EN);
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 3: bad numbers are refused with clear messages.
  await expect(page.getByRole("heading", { name: "Bước 3. Quy mô và tiến độ" })).toBeVisible();
  await page.getByLabel("Tổng vốn đầu tư dự kiến (tỷ đồng)").fill("-5");
  await page.getByLabel("Thời hạn dự án (năm)").fill("100");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Tổng vốn đầu tư phải lớn hơn 0")).toBeVisible();
  await expect(page.getByText(/Thời hạn dự án phải từ 1 đến 70 năm/)).toBeVisible();
  await page.getByLabel("Tổng vốn đầu tư dự kiến (tỷ đồng)").fill("125,5");
  await page.getByLabel("Thời hạn dự án (năm)").fill("50");
  await page.getByLabel(/^Quy mô dự án/).fill("Diện tích 3 ha; bãi đỗ 120 xe.");
  await page.getByLabel("Kế hoạch triển khai dự án").fill("2027: chuẩn bị đầu tư; 2028: xây dựng và vận hành.");
  await page.getByLabel("6. Căn cứ xây dựng dự án").fill("Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn 2050.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ })).toBeVisible();

  // Leave halfway, come back later: the draft resumes where it was left, with its values.
  const draftUrl = page.url();
  await page.goto("/dashboard");
  await expect(page.getByText(NAME)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: NAME }).getByText("Nháp")).toBeVisible();
  await page.goto(draftUrl);
  await page.getByRole("button", { name: "Quay lại" }).click();
  await expect(page.getByRole("heading", { name: "Bước 2. Thông tin chung" })).toBeVisible();
  await expect(page.getByLabel("1. Tên dự án")).toHaveValue(NAME);
  await expect(page.getByLabel("Tên dự án bằng tiếng Anh (không bắt buộc)")).toHaveValue(NAME_EN);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByLabel("Tổng vốn đầu tư dự kiến (tỷ đồng)")).toHaveValue("125,5");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 4.
  await expect(page.getByRole("heading", { name: "Bước 4. Địa điểm và hạ tầng" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Chọn ít nhất một địa bàn")).toBeVisible();
  await page.getByLabel("Huyện Kiên Lương").check();
  await page.getByLabel("Địa chỉ, vị trí, diện tích khu đất").fill("Xã Bình An, huyện Kiên Lương, <b>cạnh Quốc lộ 80</b>");
  await page.getByLabel("8. Hạ tầng tại địa điểm").fill("Đã có điện lưới quốc gia và đường nhựa.");
  await page.getByLabel("9. Điều kiện hoặc ưu đãi đầu tư").fill("Miễn tiền thuê đất 7 năm theo quy định.");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 5 with an attachment; a file with a false extension is refused.
  await expect(page.getByRole("heading", { name: "Bước 5. Hiệu quả và hồ sơ" })).toBeVisible();
  await page.getByLabel("10. Hiệu quả xã hội của dự án").fill("Tạo việc làm cho 60 lao động địa phương.");
  await page.getByLabel("11. Địa điểm nộp hồ sơ đăng ký đầu tư").fill("Sở Kế hoạch và Đầu tư tỉnh Kiên Giang.");
  const fake = testInfo.outputPath("gia-mao.pdf");
  const real = testInfo.outputPath("to-trinh.pdf");
  const fs = await import("node:fs");
  fs.writeFileSync(fake, "<html><script>alert(1)</script></html>");
  fs.writeFileSync(real, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
  await page.getByLabel(/Tài liệu đính kèm/).setInputFiles(fake);
  await expect(page.getByText(/gia-mao\.pdf.*đổi đuôi/)).toBeVisible();
  await page.getByLabel(/Tài liệu đính kèm/).setInputFiles(real);
  const uploaded = page.getByRole("list", { name: "Tệp đã đính kèm" }).getByRole("listitem");
  await expect(uploaded.getByRole("link", { name: path.basename(real) })).toBeVisible();
  // Internal unless the unit chooses otherwise, and the choice can be changed before sending.
  await expect(page.getByRole("radio", { name: /^Nội bộ/ })).toBeChecked();
  await expect(uploaded.getByText("Nội bộ", { exact: true })).toBeVisible();
  await uploaded.getByRole("button", { name: `Công khai tệp ${path.basename(real)}` }).click();
  await expect(uploaded.getByText("Công khai", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 6: everything on one page, HTML shown as text, then submit.
  await expect(page.getByRole("heading", { name: "Bước 6. Xem lại và gửi" })).toBeVisible();
  await expect(page.getByText("Xã Bình An, huyện Kiên Lương, <b>cạnh Quốc lộ 80</b>")).toBeVisible();
  await expect(page.getByText("Lê Văn Kiểm")).toBeVisible();
  // Reviewers approve what the English pages publish: the unit sees it here as it will be sent.
  const review = page.locator("dl > div");
  await expect(review.filter({ hasText: "Tên dự án bằng tiếng Anh" }).locator("dd")).toHaveText(NAME_EN);
  await expect(review.filter({ hasText: "Tóm tắt dự án bằng tiếng Anh" }).locator("dd")).toHaveText(SUMMARY_EN);
  await expect(page.getByRole("list", { name: "Tài liệu đính kèm sẽ gửi" }).getByRole("listitem")).toHaveText(
    /to-trinh\.pdf\s*Công khai/,
  );
  await page.screenshot({ path: testInfo.outputPath("review-step.png"), fullPage: true });
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/dashboard\?submitted=/);
  expect(await data.database.project.findFirst({ where: { name: NAME }, select: { nameEn: true, summaryEn: true } })).toEqual({
    nameEn: NAME_EN,
    summaryEn: SUMMARY_EN,
  });
  await expect(page.getByRole("status")).toContainText("Trạng thái: Chờ duyệt");
  await expect(page.getByRole("listitem").filter({ hasText: NAME }).getByText("Chờ duyệt")).toBeVisible();

  // Not public until the Editorial Board approves it.
  await page.goto(`/projects?q=${encodeURIComponent(NAME)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự án kêu gọi đầu tư");
  await expect(page.getByRole("link", { name: NAME, exact: true })).toHaveCount(0);
  await expect(page.getByText("Không tìm thấy dự án phù hợp")).toBeVisible();
});

test("another unit cannot open a project call, whatever the URL", async ({ page, data }) => {
  await signIn(page, await data.user("SUBMITTER"));
  await page.getByRole("link", { name: "+ Lập hồ sơ dự án mới" }).click();
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/dashboard\/projects\/(?!new)[a-z0-9]+$/);
  const draftUrl = new URL(page.url()).pathname;
  await signOut(page);

  await signIn(page, await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) }));
  const response = await page.goto(draftUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  const upload = await page.request.post(`/api${draftUrl.replace("/dashboard", "")}/attachments`, {
    multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } },
  });
  expect(upload.status()).toBe(404);
});
