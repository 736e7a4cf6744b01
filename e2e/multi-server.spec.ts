import { expect, test, uniqueTag } from "./fixtures";
import { SECOND_SERVER_URL, signIn, signInThroughForm, signOut } from "./support";

// Two app servers on one database, as behind a load balancer: nothing a user relies on may live in
// one server's memory.

test("a call submitted through one server is reviewed through the other, with one session", async ({
  page,
  baseURL,
  data,
  playwright,
}) => {
  test.slow();
  const tag = uniqueTag();
  const DRAFT = `Khu dân cư ven biển Hòa Điền ${tag} (BẢN NHÁP NỘI BỘ)`;
  const unit = await data.unit({ kind: "DISTRICT" });
  const district = await data.user("SUBMITTER", { unit });
  const reviewer = await data.user("REVIEWER");
  // A complete draft, left at step 3 as the demo's is.
  await data.project(unit, { status: "DRAFT", model: "khu-dan-cu-ven-bien-hoa-dien-ban-nhap", name: DRAFT, formStep: 3 });
  expect(baseURL).not.toBe(SECOND_SERVER_URL);
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    expect(await (await page.request.get(`${server}/api/health`)).json()).toEqual({ status: "ok" });
  }
  // An anonymous visitor's search on both servers: each keeps that page, rendered for everyone.
  const visitor = await playwright.request.newContext();
  const anonymousSearch = (server: string | undefined) =>
    visitor.get(`${server}/projects?q=khu+dan+cu+hoa+dien+${tag}`).then((response) => response.text());
  for (const server of [baseURL, SECOND_SERVER_URL]) expect(await anonymousSearch(server)).not.toContain(DRAFT);

  // Server 1: the district submits its draft.
  await signIn(page, district);
  const row = page.locator("li[data-project-id]").filter({ hasText: DRAFT });
  await row.getByRole("link", { name: "Tiếp tục soạn" }).click();
  // The form resumes at the step last saved; the draft is complete, so go on to the review step.
  const stepHeading = page.getByRole("heading", { name: /^Bước \d\./ });
  let step = Number((await stepHeading.textContent())?.match(/^Bước (\d)/)?.[1]);
  expect(step).toBeGreaterThanOrEqual(1);
  for (; step < 6; step += 1) {
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Bước ${step + 1}\\.`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.locator("li[data-project-id]").filter({ hasText: DRAFT }).getByText("Chờ duyệt")).toBeVisible();
  await signOut(page);

  // The reviewer signs in on server 1 and works on server 2: the session cookie is valid on both.
  await signIn(page, reviewer, "/review");
  await page.goto(`${SECOND_SERVER_URL}/review`);
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.getByRole("link", { name: DRAFT }).click();
  await expect(page).toHaveURL(new RegExp(`^${SECOND_SERVER_URL}/review/`));
  await page.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(page.getByText("Đã ghi nhận quyết định “Phê duyệt”.")).toBeVisible();

  // Public on both servers at once, signed in, and for the anonymous visitor within the pages'
  // one-second lifetime (the poll allows for a slow machine; the benchmark measures the delay).
  for (const server of [baseURL, SECOND_SERVER_URL]) {
    await page.goto(`${server}/projects?q=khu+dan+cu+hoa+dien+${tag}`);
    await expect(page.getByRole("link", { name: DRAFT })).toBeVisible();
    await expect.poll(() => anonymousSearch(server), { timeout: 5_000 }).toContain(DRAFT);
  }
  await visitor.dispose();

  // Signing out on server 2 ends the session on server 1 too: the browser drops its cookie, and the
  // cookie it had (say, copied to another device) is refused by server 1 from then on.
  const isSession = (cookie: { name: string }) => cookie.name.endsWith("next-auth.session-token");
  const session = (await page.context().cookies()).find(isSession);
  expect(session, "the reviewer's session cookie").toBeDefined();
  await signOut(page);
  await expect.poll(async () => (await page.context().cookies()).some(isSession)).toBe(false);
  await page.goto(`${baseURL}/review`);
  await expect(page).toHaveURL(/\/login/);
  const copiedDevice = await playwright.request.newContext({
    extraHTTPHeaders: { cookie: `${session!.name}=${session!.value}` },
  });
  const queue = await copiedDevice.get(`${baseURL}/review`, { maxRedirects: 0 });
  expect(queue.status(), "server 1 answers the signed-out cookie with a redirect").toBe(307);
  expect(queue.headers().location).toMatch(/^\/login\?/);
  await copiedDevice.dispose();
});

test("failed sign-ins spread over both servers are throttled as one", async ({ page, baseURL }) => {
  const counted: string[] = [];
  for (let attempt = 0; attempt < 12 && !counted.at(-1)?.includes("quá nhiều lần"); attempt += 1) {
    const server = attempt % 2 === 0 ? baseURL : SECOND_SERVER_URL;
    await page.goto(`${server}/login`);
    // An address of no account, so the demo accounts stay usable.
    await signInThroughForm(page, "hai-may-chu@demo.local", `sai-${attempt}`);
    const message = (await page.locator("form [role=alert]").textContent())!;
    const wait = /chờ (\d+) giây/.exec(message);
    if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
    else counted.push(message);
  }
  // Five checks in all, whichever server took them, then a stop on both.
  expect(counted.slice(0, 5)).toEqual(Array(5).fill("Email hoặc mật khẩu không đúng."));
  expect(counted[5]).toContain("đăng nhập sai quá nhiều lần");
  await page.goto(`${SECOND_SERVER_URL}/login`);
  await signInThroughForm(page, "hai-may-chu@demo.local", "sai-lan-cuoi");
  await expect(page.locator("form [role=alert]")).toContainText("đăng nhập sai quá nhiều lần");
});
