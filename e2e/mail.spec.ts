import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { testDatabase } from "../security/database";
import { expect, test } from "./fixtures";
import { linksIn, receivedMail, recipients, waitForMail } from "./mailbox";
import { SECOND_SERVER_URL, signIn, signOut } from "./support";

// Mail as people receive it: through the run's own SMTP server (playwright.config.ts), sent by the two
// app servers' workers over one database.

async function submitDraft(page: Page, id: string) {
  await page.goto(`/dashboard/projects/${id}`);
  const stepHeading = page.getByRole("heading", { name: /^Bước \d\./ });
  await expect(stepHeading).toBeVisible();
  for (let step = Number((await stepHeading.textContent())?.match(/^Bước (\d)/)?.[1]); step < 6; step += 1) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Bước ${step + 1}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

test("a reviewer receives “Hồ sơ chờ duyệt” when a unit submits, and its link opens the submission", async ({
  page,
  baseURL,
  data,
}) => {
  test.slow();
  const name = `Bến xe khách liên tỉnh Kiên Lương ${Date.now()}`;
  const unit = await data.unit({ kind: "DISTRICT" });
  const district = await data.user("SUBMITTER", { unit });
  const reviewer = await data.user("REVIEWER");
  // A complete draft, made from a published project's text, under a name of its own.
  const { id } = await data.project(unit, { model: "nang-cap-duong-kien-luong-hon-chong", name, createdBy: district });
  // Every active reviewer who has not turned this mail off, and no one else (not the unit, not an admin).
  const board = await data.database.user.findMany({
    where: { role: "REVIEWER", active: true, notificationOptOuts: { none: { kind: "review.waiting" } } },
    select: { email: true },
  });
  expect(board.map((each) => each.email)).toEqual(expect.arrayContaining([reviewer.email, "reviewer@demo.local"]));

  await signIn(page, district);
  await submitDraft(page, id);
  await signOut(page);

  const mails = await waitForMail((each) => each.subject === `Hồ sơ chờ duyệt: ${name}`, board.length);
  expect(mails.flatMap(recipients).sort()).toEqual(board.map((each) => each.email).sort());
  const mail = mails.find((each) => recipients(each).includes(reviewer.email));
  expect(recipients(mail!)).toEqual([reviewer.email]);
  expect(mail!.from?.value).toEqual([{ name: "Cổng thông tin kêu gọi đầu tư", address: "congthongtin@e2e.local" }]);
  expect(mail!.text).toContain(`${unit.name} vừa gửi hồ sơ dự án “${name}”`);
  const link = linksIn(mail!).find((each) => each.includes("/review/"));
  expect(link).toBe(`${baseURL}/review/${id}`);

  await signIn(page, reviewer, "/review");
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("button", { name: "Phê duyệt" })).toBeVisible();
});

test("two app servers over one database send each mail once", async () => {
  test.slow();
  const batch = `lo-${Date.now()}`;
  const prisma = testDatabase();
  try {
    const ids: string[] = [];
    for (let n = 1; n <= 40; n += 1) {
      const row = await prisma.outboxMessage.create({
        data: {
          kind: "review.waiting",
          to: `nguoi-nhan-${n}@e2e.local`,
          subject: `Thư kiểm thử ${batch} số ${n}`,
          text: `Nội dung thư số ${n}.`,
        },
      });
      ids.push(row.id);
    }
    await expect
      .poll(async () => prisma.outboxMessage.count({ where: { id: { in: ids }, status: "SENT" } }), { timeout: 60_000 })
      .toBe(40);
    const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids } }, select: { attempts: true, lockedBy: true } });
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    // Both servers took part: the claims carry each server's process.
    expect(new Set(rows.map((row) => row.lockedBy)).size).toBe(2);

    const arrived = (await receivedMail()).filter((mail) => mail.subject?.startsWith(`Thư kiểm thử ${batch} `));
    expect(arrived).toHaveLength(40);
    expect(new Set(arrived.map((mail) => mail.messageId))).toEqual(new Set(ids.map((id) => `<${id}@e2e.local>`)));
  } finally {
    await prisma.$disconnect();
  }
});

test("an admin reads what the portal sent at /admin/mail, one message in full @mobile", async ({ page, baseURL, data }) => {
  const subject = `Hồ sơ chờ duyệt: Cảng cá Tắc Cậu ${Date.now()}`;
  const prisma = testDatabase();
  try {
    const { id } = await prisma.outboxMessage.create({
      data: {
        kind: "review.waiting",
        to: "reviewer@demo.local",
        subject,
        text: `Kính gửi Ông/Bà Trần Thị Mai,\n\nMở hồ sơ để duyệt:\n${baseURL}/review/cang-ca\n`,
      },
    });
    await expect
      .poll(async () => (await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status, { timeout: 30_000 })
      .toBe("SENT");
  } finally {
    await prisma.$disconnect();
  }
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );

  await signIn(page, await data.user("ADMIN"), "/admin/mail");
  await expect(page.getByRole("heading", { level: 1, name: "Thư đi" })).toBeVisible();
  const link = page.getByRole("link", { name: subject }).filter({ visible: true });
  await expect(link).toBeVisible();
  expect(await axe()).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(page.getByText("reviewer@demo.local")).toBeVisible();
  await expect(page.getByText("Đã gửi", { exact: true })).toBeVisible();
  await expect(page.getByText("Kính gửi Ông/Bà Trần Thị Mai,")).toBeVisible();
  await expect(page.getByRole("link", { name: `${baseURL}/review/cang-ca` })).toBeVisible();
  expect(await axe()).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.goto("/admin/mail?status=FAILED");
  await expect(page.getByText("Không có thư nào ở trạng thái này.")).toBeVisible();
});

test("only an admin may read the outbox", async ({ page, data }) => {
  await page.goto("/admin/mail");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fmail/);
  await signIn(page, await data.user("REVIEWER"), "/review");
  const response = await page.goto("/admin/mail");
  expect(response?.status()).toBe(403);
  await page.goto(`${SECOND_SERVER_URL}/admin/mail`);
  await expect(page.getByRole("heading", { level: 1, name: "Thư đi" })).toHaveCount(0);
});

test("a reviewer turns review mail off and on again at /account/notifications @mobile", async ({ page, data }) => {
  await signIn(page, await data.user("REVIEWER"), "/account/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Thông báo qua email" })).toBeVisible();
  await expect(page.getByText("Thư mời tham gia và thư đặt lại mật khẩu luôn được gửi")).toBeVisible();
  const waiting = page.getByRole("checkbox", { name: "Hồ sơ chờ duyệt" });
  await expect(waiting).toBeChecked();
  const violations = (
    await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  ).violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(violations).toEqual([]);

  await waiting.uncheck();
  await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu lựa chọn của bạn.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Hồ sơ chờ duyệt" })).not.toBeChecked();

  await page.getByRole("checkbox", { name: "Hồ sơ chờ duyệt" }).check();
  await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu lựa chọn của bạn.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Hồ sơ chờ duyệt" })).toBeChecked();
});
