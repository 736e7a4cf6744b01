import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { ParsedMail } from "mailparser";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";
import { expect, test } from "./fixtures";
import { linksIn, recipients, waitForMail } from "./mailbox";

// "Nhận thông báo" as an investor meets it: filters on the catalogue, a subscription confirmed from its
// mail, a digest naming the newly published project, and the unsubscribe link; and the view's feed.

/** `npm run alerts:send` against the servers' database, as an operator (or cron) would run it. */
async function runDigestScript(baseURL: string): Promise<string> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/send-alerts.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl(E2E_PORT),
      NEXTAUTH_URL: baseURL,
      PORTAL_DEMO: "true",
    },
  });
  return stdout;
}

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((line) => line.key === name)?.line.replace(/\s+/g, " ") ?? "";

test("a visitor subscribes to a filtered catalogue, confirms by mail, gets a digest of a new project, and unsubscribes", async ({
  page,
  request,
  baseURL,
  data,
}, testInfo) => {
  test.slow();
  const tag = `${Date.now()}`;
  const sector = await data.reference("sector", `Năng lượng tái tạo ${tag}`);
  const unit = await data.unit();
  const investor = `nha-dau-tu-${tag}@investor.e2e.local`;

  // The visitor narrows the catalogue to the sector, then asks for alerts on that view.
  await page.goto("/projects");
  await page.getByLabel("Ngành / Lĩnh vực").selectOption(sector.code);
  await expect(page).toHaveURL(new RegExp(`sector=${sector.code}`));
  await page.getByRole("link", { name: "Nhận thông báo" }).click();
  const section = page.getByRole("region", { name: "Nhận thông báo" });
  await expect(section.getByText(`Ngành: ${sector.name}`)).toBeVisible();
  await section.getByLabel("Email nhận thông báo").fill(investor);
  await section.getByRole("radio", { name: "Hằng ngày" }).check();
  // The proof-of-work box is a real checkbox under the widget's own drawing: ticked with the keyboard.
  await section.getByRole("checkbox", { name: "Tôi không phải là robot" }).focus();
  await page.keyboard.press("Space");
  await expect(section.getByText("Đã xác minh")).toBeVisible({ timeout: 20_000 });
  await section.screenshot({ path: testInfo.outputPath("subscribe-form-1280.png") });
  await page.setViewportSize({ width: 375, height: 812 });
  await section.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await section.screenshot({ path: testInfo.outputPath("subscribe-form-375.png") });
  await page.setViewportSize({ width: 1280, height: 720 });
  await section.getByRole("button", { name: "Đăng ký nhận thông báo" }).click();
  await expect(section.getByRole("status")).toContainText(`Đã gửi thư xác nhận đến ${investor}`);

  // The confirmation mail: its link opens a page whose button confirms (opening it alone changes nothing).
  const [confirmation] = await waitForMail(
    (mail) => recipients(mail).includes(investor) && mail.subject === "Xác nhận đăng ký nhận thông báo dự án kêu gọi đầu tư",
  );
  expect(confirmation!.text).toContain(`Ngành: ${sector.name}`);
  expect(header(confirmation!, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  const confirmLink = linksIn(confirmation!).find((link) => link.includes("/alerts/confirm/"))!;
  await page.goto(confirmLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác nhận đăng ký nhận thông báo");
  expect(await data.database.alertSubscription.findFirstOrThrow({ where: { email: investor } })).toMatchObject({
    confirmedAt: null,
  });
  await page.getByRole("button", { name: "Xác nhận đăng ký" }).click();
  await expect(page.getByRole("status")).toContainText("Đã xác nhận");

  // A matching project is published, with a draft of the same sector beside it.
  const project = await data.project(unit, {
    status: "PUBLISHED",
    publishedDaysAgo: 0,
    name: `Điện gió ven biển An Minh ${tag}`,
    values: { sectorCode: sector.code },
  });
  const draft = await data.project(unit, { name: `Điện mặt trời BẢN NHÁP ${tag}`, values: { sectorCode: sector.code } });

  // The app servers look for due digests every quarter of an hour; one may already have recorded
  // today's (empty) check for this subscription. Start from a new period, as the next morning would.
  await data.database.alertSubscription.updateMany({ where: { email: investor }, data: { lastPeriod: null } });
  expect(await runDigestScript(baseURL!)).toContain("Đã xếp 1 thư thông báo");
  // Run again, nothing more: one digest per period.
  expect(await runDigestScript(baseURL!)).toContain("Đã xếp 0 thư thông báo");

  const [digest, ...more] = await waitForMail(
    (mail) => recipients(mail).includes(investor) && (mail.subject ?? "").startsWith("Thông báo dự án kêu gọi đầu tư"),
  );
  expect(more).toHaveLength(0);
  expect(digest!.subject).toBe("Thông báo dự án kêu gọi đầu tư: 1 dự án mới");
  expect(digest!.text).toContain(project.name);
  expect(digest!.text).not.toContain(draft.name);
  expect(linksIn(digest!)).toContain(`${baseURL}/projects/${project.slug}`);
  expect(header(digest!, "list-unsubscribe")).toMatch(new RegExp(`^List-Unsubscribe: <${baseURL}/api/alerts/unsubscribe/`));

  // One click from the mail ends it, without signing in.
  await page.goto(linksIn(digest!).find((link) => link.includes("/alerts/unsubscribe/"))!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hủy nhận thông báo");
  await expect(page.getByText(investor)).toBeVisible();
  await page.getByRole("button", { name: "Hủy nhận thông báo" }).click();
  await expect(page.getByRole("status")).toContainText("Đã hủy đăng ký");
  expect(await data.database.alertSubscription.count({ where: { email: investor } })).toBe(0);

  // The same view as a feed: the published project, never the draft, whether or not the page cache answers.
  await page.goto(`/projects?sector=${sector.code}`);
  const feedPath = `/projects/feed.xml?sector=${sector.code}`;
  await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"]`)).toHaveAttribute(
    "href",
    new RegExp(feedPath.replace("?", "\\?")),
  );
  await expect(page.getByRole("link", { name: "nguồn tin Atom" })).toHaveAttribute("href", feedPath);
  const variants: Record<string, string>[] = [{}, {}, { cookie: "next-auth.session-token=khong-hop-le" }];
  for (const headers of variants) {
    const response = await request.get(feedPath, { headers });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain("<feed");
    expect(xml).toContain(project.name);
    expect(xml).toContain(`${baseURL}/projects/${project.slug}`);
    expect(xml).not.toContain("BẢN NHÁP");
  }
  const rss = await request.get(`/projects/rss.xml?sector=${sector.code}`);
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(await rss.text()).toContain(project.name);

  // Withdrawn again, so the catalogue's other specs find the demo's 40 published projects.
  await data.database.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
});
