import { type Page } from "@playwright/test";
import { expect, test, uniqueTag as unique } from "./fixtures";
import { linksIn, recipients, waitForMail } from "./mailbox";
import { linkInMail, mailCount } from "./outbox";
import { SECOND_SERVER_URL, signIn, signInThroughForm, signOut } from "./support";

// Sở TT&TT runs the portal without touching the database: units, accounts, reference data and the
// portal's own name, each change visible at once, on every app server.

test("an admin adds a unit and invites its officer, who activates the account, files a draft, and the unit is on the board", async ({
  page,
  browser,
  data,
}) => {
  test.slow();
  const tag = unique();
  const unitName = `UBND xã Kiểm Thử ${tag}`;
  const email = `can-bo-${tag}@xa-kiem-thu.vn`;

  await signIn(page, await data.user("ADMIN"), "/admin");
  await page.getByRole("link", { name: "Thêm đơn vị" }).first().click();
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByText("Vui lòng nhập tên đơn vị")).toBeVisible();
  await page.getByLabel("Tên đơn vị").fill(unitName);
  await page.getByLabel("Tên đơn vị").blur();
  await expect(page.getByLabel("Mã đơn vị")).toHaveValue(`ubnd-xa-kiem-thu-${tag}`);
  await page.getByLabel("Loại đơn vị").selectOption({ label: "UBND cấp xã" });
  await page.getByLabel("Địa chỉ").fill("Ấp Kiểm Thử, xã Kiểm Thử");
  await page.getByLabel("Điện thoại").fill("0297 3999 999");
  await page.getByLabel("Email").fill(`ubnd@xa-kiem-thu-${tag}.gov.vn`);
  await page.getByLabel("Người liên hệ").fill("Đặng Văn Thử");
  await page.getByLabel("Chức vụ").fill("Chủ tịch UBND xã");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByText("Đã thêm đơn vị.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(unitName);

  await page.getByRole("link", { name: "mời cán bộ của đơn vị" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/invite\?organization=/);
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue(/.+/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Họ tên").fill("Đặng Văn Thử");
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByText(`Đã gửi thư mời đến ${email}.`)).toBeVisible();
  await expect(page.getByText("Chờ kích hoạt").first()).toBeVisible();
  // The invitation goes out through the real (test) SMTP server, as it would to the officer's mailbox.
  const [mail] = await waitForMail(
    (received) => recipients(received).includes(email) && linksIn(received).some((link) => link.includes("/invitation/")),
  );
  expect(mail!.subject).toMatch(/mời/i);
  const invitation = new URL(linksIn(mail!).find((link) => link.includes("/invitation/"))!).pathname;

  // The officer, in a browser of their own, follows the link from the mail.
  const officer = await (await browser.newContext()).newPage();
  await officer.goto(invitation);
  await expect(officer.getByRole("heading", { name: "Kích hoạt tài khoản" })).toBeVisible();
  await expect(officer.getByText(email)).toBeVisible();
  await officer.getByLabel("Mật khẩu mới", { exact: true }).fill("12345678");
  await officer.getByLabel("Nhập lại mật khẩu mới").fill("12345678");
  await officer.getByRole("button", { name: "Đặt mật khẩu và kích hoạt tài khoản" }).click();
  await expect(officer.getByText("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.").first()).toBeVisible();
  const password = `rừng tràm ${tag} mùa nước nổi`;
  await officer.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await officer.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await officer.getByRole("button", { name: "Đặt mật khẩu và kích hoạt tài khoản" }).click();
  await expect(officer).toHaveURL(/\/login\?notice=activated$/);
  await expect(officer.getByText("Tài khoản đã được kích hoạt.")).toBeVisible();
  await signInThroughForm(officer, email, password);
  await expect(officer).toHaveURL(/\/dashboard$/);

  // The link worked once.
  await officer.goto(invitation);
  await expect(officer.getByText("Liên kết không còn hiệu lực.")).toBeVisible();

  // Section I comes from what the admin typed for the unit.
  await officer.goto("/dashboard/projects/new");
  await expect(officer.getByLabel("Tên đơn vị")).toHaveValue(unitName);
  await expect(officer.getByLabel("Người liên hệ")).toHaveValue("Đặng Văn Thử");
  await officer.getByRole("button", { name: "Tiếp tục" }).click();
  await officer.getByLabel("1. Tên dự án").fill(`Chợ nông sản xã Kiểm Thử ${tag}`);
  await officer.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(officer.getByRole("status").filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ })).toBeVisible();
  await officer.goto("/dashboard");
  await expect(officer.getByText(`Chợ nông sản xã Kiểm Thử ${tag}`)).toBeVisible();
  await officer.context().close();

  // The quarterly board counts the new unit among those that must report.
  await page.goto("/reports");
  await expect(page.getByRole("link", { name: unitName }).first()).toBeAttached();
});

/** Renames a sector through the admin page and waits for the page to show the new name. */
async function renameSector(page: Page, from: string, to: string) {
  await page.goto("/admin/reference?kind=sector");
  const row = page.getByRole("listitem").filter({ has: page.getByText(from, { exact: true }) });
  await row.getByRole("button", { name: `Đổi tên “${from}”` }).click();
  await row.getByLabel("Tên mới").fill(to);
  await row.getByRole("button", { name: "Lưu tên mới" }).click();
  await expect(page.getByText(to, { exact: true })).toBeVisible();
}

test("renaming a sector shows at once in the catalogue and on project pages, on both app servers", async ({
  page,
  baseURL,
  data,
}) => {
  test.slow();
  // A sector of its own with a published project in it: the demo's sectors stay as seeded.
  const tag = unique();
  const sector = await data.reference("sector", `Du lịch sinh thái ${tag}`);
  const renamed = `Du lịch – Nghỉ dưỡng ${tag}`;
  const unit = await data.unit();
  await data.project(unit, { status: "PUBLISHED", model: "ben-cang-tong-hop-binh-tri", values: { sectorCode: sector.code } });
  const projectPath = `/projects?sector=${sector.code}`;
  // Each server has answered (and remembered) a project page of the sector before the rename.
  await page.goto(projectPath);
  const projectHref = await page.locator("main article h3 a").first().getAttribute("href");
  expect(projectHref).toMatch(/^\/projects\//);
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    await page.goto(`${server}${projectHref}`);
    await expect(page.getByRole("link", { name: sector.name, exact: true })).toBeVisible();
  }

  await signIn(page, await data.user("ADMIN"), "/admin");
  await renameSector(page, sector.name, renamed);
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    // The filter offers the new name, and the cards of the sector carry it.
    await page.goto(`${server}/projects?sector=${sector.code}`);
    await expect(page.locator("#filter-sector option:checked")).toHaveText(new RegExp(`^${renamed}`));
    await expect(page.locator("main article").first()).toContainText(renamed);
    await page.goto(`${server}${projectHref}`);
    await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();
    await page.goto(`${server}/projects?q=${encodeURIComponent(renamed.toLowerCase())}`);
    await expect(page.locator(`a[href="${projectHref}"]`).first()).toBeVisible();
  }
  // And back: the old name returns everywhere as well.
  await renameSector(page, renamed, sector.name);
});

test("an admin gives a sector an English name, and a new investment form one as it is added", async ({ page, data }) => {
  const tag = unique();
  const sector = await data.reference("sector", `Kinh tế biển ${tag}`);
  const english = `Marine economy ${tag}`;
  await signIn(page, await data.user("ADMIN"), "/admin/reference?kind=sector");
  const row = page.getByRole("listitem").filter({ has: page.getByText(sector.name, { exact: true }) });
  await expect(row).toContainText("Tiếng Anh: chưa có");
  await row.getByRole("button", { name: `Đổi tên “${sector.name}”` }).click();
  await row.getByLabel("Tên tiếng Anh (không bắt buộc)").fill(` ${english} `);
  await row.getByRole("button", { name: "Lưu tên mới" }).click();
  await expect(row).toContainText(`Tiếng Anh: ${english}`);
  expect((await data.database.sector.findUniqueOrThrow({ where: { id: sector.id } })).nameEn).toBe(english);

  // Locations keep their Vietnamese names: their screen asks for none.
  await page.goto("/admin/reference?kind=location");
  await expect(page.getByLabel("Tên tiếng Anh (không bắt buộc)")).toHaveCount(0);

  await page.goto("/admin/reference?kind=form");
  const form = { code: `hinh-thuc-${tag}`, name: `Hình thức thử ${tag}`, nameEn: `Trial form ${tag}` };
  await page.getByLabel("Tên", { exact: true }).fill(form.name);
  await page.getByLabel("Tên tiếng Anh (không bắt buộc)").fill(form.nameEn);
  await page.getByLabel("Mã (trong địa chỉ trang)").fill(form.code);
  await page.getByRole("button", { name: "Thêm", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: form.name })).toContainText(`Tiếng Anh: ${form.nameEn}`);
  expect((await data.database.investmentForm.findUniqueOrThrow({ where: { code: form.code } })).nameEn).toBe(form.nameEn);
});

test("merging two districts moves their projects into the new unit, and the old codes' URLs redirect", async ({
  page,
  request,
  data,
}) => {
  test.slow();
  // Two districts of its own, with published projects in one, the other, and both.
  const tag = unique();
  const [first, second] = [
    await data.reference("location", `Huyện Bắc Kiểm Thử ${tag}`),
    await data.reference("location", `Huyện Nam Kiểm Thử ${tag}`),
  ];
  const unit = await data.unit({ kind: "DISTRICT" });
  for (const codes of [[first.code], [first.code, second.code], [second.code]])
    await data.project(unit, { status: "PUBLISHED", values: { locationCodes: codes } });
  const mergedName = `Xã Bắc Nam Kiểm Thử ${tag} (kiểm thử)`;
  const mergedCode = `xa-bac-nam-kiem-thu-${tag}-kiem-thu`;
  const counts: number[] = [];
  for (const code of [first.code, second.code]) {
    const body = (await (await request.get(`/api/projects?location=${code}`)).json()) as {
      total: number;
      query: { location?: string };
    };
    expect(body.query.location).toBe(code);
    counts.push(body.total);
  }
  expect(counts.every((count) => count > 0)).toBe(true);

  await signIn(page, await data.user("ADMIN"), "/admin");
  await page.goto("/admin/reference?kind=location");
  await page.getByLabel(`Chọn “${first.name}” để gộp`).check();
  await page.getByLabel(`Chọn “${second.name}” để gộp`).check();
  await page.getByRole("button", { name: "Gộp các mục đã chọn…" }).click();
  await expect(page.getByRole("heading", { name: "Gộp địa bàn" })).toBeVisible();
  await expect(page.getByText(/hồ sơ dự án \(trong đó \d+ đang công bố\) sẽ chuyển sang mục đích/)).toBeVisible();
  await page.getByLabel("Một mục mới").check();
  await page.getByRole("button", { name: "Gộp…" }).click();
  await expect(page.getByText("Vui lòng nhập tên")).toBeVisible();
  await page.getByLabel("Tên mục mới").fill(mergedName);
  await page.getByLabel("Tên mục mới").blur();
  await expect(page.getByLabel("Mã mục mới")).toHaveValue(mergedCode);
  await page.getByRole("button", { name: "Gộp…" }).click();
  await page.getByRole("button", { name: "Xác nhận gộp" }).click();
  await expect(page.getByText(`Đã gộp. Các dự án đã chuyển sang mục “${mergedName}”`, { exact: false })).toBeVisible();

  // Old links move for good to the new code, with their other filters.
  const old = await request.get(`/projects?location=${first.code}&sort=name`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toBe(`/projects?location=${mergedCode}&sort=name`);
  const api = await request.get(`/api/projects?location=${second.code}`, { maxRedirects: 0 });
  expect(api.status()).toBe(308);

  await page.goto(`/projects?location=${second.code}`);
  await expect(page).toHaveURL(new RegExp(`/projects\\?location=${mergedCode}$`));
  const merged = (await (await request.get(`/api/projects?location=${mergedCode}`)).json()) as {
    total: number;
    items: { locations: { name: string }[] }[];
  };
  // Projects in both districts count once.
  expect(merged.total).toBeGreaterThanOrEqual(Math.max(...counts));
  expect(merged.total).toBeLessThanOrEqual(counts[0]! + counts[1]!);
  expect(JSON.stringify(merged.items)).toContain(mergedName);
});

test("a deactivated user is signed out on their next request", async ({ page, browser, data }) => {
  const account = await data.user("SUBMITTER");
  const user = await (await browser.newContext()).newPage();
  await signIn(user, account);
  await expect(user).toHaveURL(/\/dashboard$/);

  await signIn(page, await data.user("ADMIN"), "/admin");
  await page.goto(`/admin/users?status=active`);
  await page.getByRole("link", { name: account.name }).first().click();
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByText("Tài khoản đang bị khóa.")).toBeVisible();

  await user.goto("/dashboard");
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  await user.context().close();
});

test("forgot password says the same for a known and an unknown address, and the mailed link sets a new password", async ({
  page,
  data,
}) => {
  test.slow();
  const { email } = await data.user("SUBMITTER");

  const answerFor = async (address: string) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    // The login form has an Email field too: type only once the new page is there.
    await expect(page.getByRole("heading", { name: "Quên mật khẩu" })).toBeVisible();
    await page.getByLabel("Email").fill(address);
    await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
    const answer = page.getByRole("status");
    await expect(answer).toContainText("Đã ghi nhận yêu cầu.");
    return (await answer.innerText()).replace(address, "<email>");
  };
  const unknown = `khong-ton-tai-${unique()}@e2e.local`;
  expect(await answerFor(email)).toBe(await answerFor(unknown));

  const link = await linkInMail(email, "auth.password-reset", "/reset-password/");
  expect(await mailCount(unknown, "auth.password-reset")).toBe(0);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Đặt lại mật khẩu" })).toBeVisible();
  const fresh = `mật khẩu mới ${unique()} rất dài`;
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(fresh);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(`${fresh} khác`);
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page.getByText("Hai lần nhập mật khẩu chưa khớp")).toBeVisible();
  await page.getByLabel("Nhập lại mật khẩu mới").fill(fresh);
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-reset$/);
  await signInThroughForm(page, email, fresh);
  await expect(page).toHaveURL(/\/dashboard$/);

  // From /account, the password changes again; the current one is asked first.
  await page.goto("/account");
  await page.getByLabel("Mật khẩu hiện tại").fill("sai mật khẩu hiện tại");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(`${fresh} lần hai`);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(`${fresh} lần hai`);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu hiện tại không đúng").first()).toBeVisible();
  await page.getByLabel("Mật khẩu hiện tại").fill(fresh);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Đã đổi mật khẩu.")).toBeVisible();
  // This session goes on.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
});

test("renaming the province shows in the header, footer and titles of both app servers within seconds", async ({
  page,
  baseURL,
  data,
}) => {
  test.slow();
  // The portal has one settings row: this test puts it back as it was (the seed guard checks).
  await signIn(page, await data.user("ADMIN"), "/admin/settings");
  const province = page.getByLabel("Tên tỉnh, thành phố");
  const short = page.getByLabel("Tên ngắn");
  const save = async (full: string, name: string) => {
    await province.fill(full);
    await short.fill(name);
    await page.getByRole("button", { name: "Lưu cấu hình" }).click();
    await expect(page.getByText("Đã lưu cấu hình.")).toBeVisible();
  };
  await province.fill("");
  await page.getByRole("button", { name: "Lưu cấu hình" }).click();
  await expect(page.getByText("Vui lòng nhập tên tỉnh, thành phố")).toBeVisible();
  await save("tỉnh An Giang", "An Giang");
  try {
    for (const server of [baseURL, SECOND_SERVER_URL]) {
      await expect(async () => {
        await page.goto(`${server}/`);
        await expect(page.getByRole("banner")).toContainText("UBND tỉnh An Giang", { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cơ hội đầu tư tại tỉnh An Giang");
      await expect(page).toHaveTitle("Cổng thông tin kêu gọi đầu tư tỉnh An Giang");
      await page.goto(`${server}/projects`);
      await expect(page).toHaveTitle("Dự án kêu gọi đầu tư | Kêu gọi đầu tư An Giang");
    }
  } finally {
    await page.goto("/admin/settings");
    await save("tỉnh Kiên Giang", "Kiên Giang");
  }
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    await expect(async () => {
      await page.goto(`${server}/projects`);
      await expect(page).toHaveTitle("Dự án kêu gọi đầu tư | Kêu gọi đầu tư Kiên Giang", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
});

test("the admin pages refuse other roles and send visitors to sign in", async ({ page, request, data }) => {
  for (const path of ["/admin", "/admin/organisations", "/admin/users", "/admin/reference", "/admin/audit", "/admin/settings"]) {
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expect(anonymous.status(), path).toBe(307);
    expect(anonymous.headers().location).toContain(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  await signIn(page, await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) }));
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  const csv = await page.request.get("/admin/audit/export");
  expect(csv.status()).toBe(403);
});

test("the audit log shows who signed in and exports the same filter as CSV for Excel", async ({ page, data }) => {
  const admin = await data.user("ADMIN");
  await signIn(page, admin, "/admin/audit");
  await page.getByLabel("Loại thao tác").selectOption({ label: "Đăng nhập, mật khẩu" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?group=auth/);
  await expect(page.getByRole("table").getByText("Đăng nhập", { exact: true }).first()).toBeVisible();
  const href = await page.getByRole("link", { name: "Tải CSV cho Excel (dấu chấm phẩy)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await csv.text();
  expect(text.startsWith('\uFEFF"Thời điểm";"Người thực hiện";"Email";"Thao tác"')).toBe(true);
  expect(text).toContain(`"${admin.email}";"Đăng nhập";"auth.sign-in"`);
  expect(text).not.toContain("admin.reference");
});
