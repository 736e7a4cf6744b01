import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, type TestUser } from "./fixtures";
import { createCompleteDraft } from "./investor-fixtures";
import { linksIn, recipients, waitForMail } from "./mailbox";
import { signIn, signOut } from "./support";

const UNIT_MAILBOX = "xuc-tien-dau-tu@sgtvt.e2e.local";

/** A PNG of one pixel: what the gallery shows. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";

/** The unit attaches files to its draft, public or internal as it chooses, and sends it; the Editorial Board approves. */
async function publishWithDocuments(
  page: Page,
  people: { submitter: TestUser; reviewer: TestUser },
  name: string,
  files: Record<string, string>,
): Promise<string> {
  const id = await createCompleteDraft(people.submitter.email, name, UNIT_MAILBOX);
  await signIn(page, people.submitter, `/dashboard/projects/${id}`);
  await expect(page.getByRole("heading", { name: "Bước 5. Hiệu quả và hồ sơ" })).toBeVisible();
  const list = page.getByRole("list", { name: "Tệp đã đính kèm" });
  await page.getByLabel(/Tài liệu đính kèm/).setInputFiles(files.internal!);
  await expect(list.getByRole("listitem").filter({ hasText: "du-toan-noi-bo.pdf" })).toContainText("Nội bộ");
  await page.getByRole("radio", { name: /^Công khai/ }).check();
  await page.getByLabel(/Tài liệu đính kèm/).setInputFiles([files.public!, files.image!]);
  await expect(list.getByRole("listitem").filter({ hasText: "phoi-canh.png" })).toContainText("Công khai");
  await expect(list.getByRole("listitem").filter({ hasText: "ban-do-quy-hoach.pdf" })).toContainText("Công khai");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Bước 6. Xem lại và gửi" })).toBeVisible();
  const review = page.getByRole("list", { name: "Tài liệu đính kèm sẽ gửi" }).getByRole("listitem");
  await expect(review).toHaveCount(3);
  await expect(review.filter({ hasText: "du-toan-noi-bo.pdf" })).toContainText("Nội bộ");
  await expect(review.filter({ hasText: "ban-do-quy-hoach.pdf" })).toContainText("Công khai");
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/dashboard\?submitted=/);
  await signOut(page);

  await signIn(page, people.reviewer, `/review/${id}`);
  const reviewed = page.getByRole("region", { name: "Tài liệu đính kèm" });
  await expect(reviewed.getByRole("listitem").filter({ hasText: "du-toan-noi-bo.pdf" })).toContainText("Nội bộ");
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();
  await signOut(page);
  return id;
}

test("an investor downloads a public document and expresses interest; the unit answers from its inbox @mobile", async ({
  page,
  data,
}, testInfo) => {
  test.slow();
  const submitter = await data.user("SUBMITTER", { unit: await data.unit() });
  const reviewer = await data.user("REVIEWER");
  const otherUnit = await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) });
  const name = `Cảng cạn Rạch Giá ${testInfo.project.name}`;
  const files = {
    internal: testInfo.outputPath("du-toan-noi-bo.pdf"),
    public: testInfo.outputPath("ban-do-quy-hoach.pdf"),
    image: testInfo.outputPath("phoi-canh.png"),
  };
  fs.writeFileSync(files.internal, PDF);
  fs.writeFileSync(files.public, PDF);
  fs.writeFileSync(files.image, PNG);
  await publishWithDocuments(page, { submitter, reviewer }, name, files);

  await page.goto("/projects");
  await page.goto(`/projects?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  const documents = page.getByRole("region", { name: "Tài liệu" });
  await expect(documents.getByRole("row")).toHaveCount(3);
  const map = documents.getByRole("row").filter({ hasText: "ban-do-quy-hoach.pdf" });
  await expect(map.getByRole("cell")).toHaveText(["ban-do-quy-hoach.pdf", "PDF", "1 KB", /^\d{2}\/\d{2}\/\d{4}$/]);
  await expect(documents.getByRole("row").filter({ hasText: "phoi-canh.png" })).toContainText("Ảnh PNG");
  await expect(documents.getByRole("img", { name: "phoi-canh.png" })).toBeVisible();
  // The gallery loads its images lazily: on a phone it is below the fold until scrolled to.
  const image = documents.getByRole("img", { name: "phoi-canh.png" });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1);
  await expect(page.locator("body")).not.toContainText("du-toan-noi-bo");
  await page.screenshot({ path: testInfo.outputPath("documents.png"), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), map.getByRole("link").click()]);
  expect(download.suggestedFilename()).toBe("ban-do-quy-hoach.pdf");
  expect(fs.readFileSync((await download.path())!, "utf8")).toBe(PDF);

  // "Quan tâm dự án này", with the keyboard only: the proof-of-work box is a real checkbox.
  const investor = `nha-dau-tu-${testInfo.project.name}@investor.e2e.local`;
  const form = page.getByRole("region", { name: "Quan tâm dự án này" });
  await page.getByRole("link", { name: "Quan tâm dự án này" }).click();
  await form.getByLabel("Họ và tên").fill("Kim Min-jun");
  await form.getByLabel("Tổ chức, doanh nghiệp").fill("Hanbit Logistics Co., Ltd.");
  await form.getByLabel("Quốc gia").fill("Hàn Quốc");
  await form.getByLabel("Email").fill(investor);
  await form.getByLabel("Nội dung quan tâm").fill("Chúng tôi muốn khảo sát địa điểm.\nXin gửi thêm quy hoạch chi tiết 1/500.");
  await form.getByRole("button", { name: "Gửi đăng ký quan tâm" }).click();
  await expect(form.getByText("Vui lòng đồng ý để đơn vị liên hệ lại với Ông/Bà")).toBeVisible();
  await form.getByRole("checkbox", { name: /Tôi đồng ý/ }).focus();
  await page.keyboard.press("Space");
  await form.getByRole("checkbox", { name: "Tôi không phải là robot" }).focus();
  await page.keyboard.press("Space");
  await expect(form.getByText("Đã xác minh")).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath("interest-form.png"), fullPage: true });
  await page.keyboard.press("Tab");
  await form.getByRole("button", { name: "Gửi đăng ký quan tâm" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText("Đã gửi đăng ký quan tâm");

  // The call's contact receives it on the test SMTP server, with the link to the unit's inbox.
  const [received] = await waitForMail((mail) => recipients(mail).includes(UNIT_MAILBOX) && (mail.text ?? "").includes(investor));
  expect(received!.subject).toContain(name);
  expect(received!.text).toContain("Hanbit Logistics Co., Ltd.");
  const inboxLink = new URL(linksIn(received!).find((link) => link.includes("/dashboard/enquiries/"))!).pathname;

  // Another unit cannot open it; the unit answers from its dashboard.
  await signIn(page, otherUnit);
  expect((await page.goto(inboxLink))?.status()).toBe(404);
  await signOut(page);
  await signIn(page, submitter);
  await page.getByRole("link", { name: /Nhà đầu tư quan tâm: \d+ yêu cầu mới/ }).click();
  await page.getByRole("link", { name: "Kim Min-jun – Hanbit Logistics Co., Ltd." }).first().click();
  await expect(page).toHaveURL(new RegExp(`${inboxLink}$`));
  await expect(page.getByText("Xin gửi thêm quy hoạch chi tiết 1/500.")).toBeVisible();
  const answer = `Kính gửi ông Kim, chúng tôi gửi kèm quy hoạch 1/500 (${testInfo.project.name}).`;
  await page.getByLabel("Trả lời nhà đầu tư").fill(answer);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByText("Đã gửi câu trả lời đến nhà đầu tư qua email.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Trao đổi" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText("Đã trả lời", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("enquiry-thread.png"), fullPage: true });

  // The investor's mailbox receives the answer.
  const [reply] = await waitForMail((mail) => recipients(mail).includes(investor) && (mail.text ?? "").includes(answer));
  expect(reply!.subject).toContain(name);
  expect(reply!.text).toContain(UNIT_MAILBOX);

  // The unit's quarterly report counts the enquiry and how fast it was answered (within the hour).
  await page.goto("/reports");
  const figure = (label: string) => page.locator("dl > div").filter({ hasText: label }).locator("dd");
  await expect(figure("Lượt nhà đầu tư quan tâm")).toHaveText("1");
  await expect(figure("Lượt quan tâm đã trả lời")).toHaveText("1");
  await expect(figure("Trả lời lần đầu sau (giờ, trung vị)")).toHaveText("0");
});
