import { expect, test } from "./fixtures";
import { signIn } from "./support";

const PROJECT = "/projects/duong-ven-bien-rach-gia-hon-dat-kien-luong";
const SHARED = ["/", "/projects", "/projects?sector=du-lich", PROJECT, "/api/projects?sector=giao-thong"];

test("public pages and /api/projects tell shared caches they may keep them, with a validator", async ({ request }) => {
  for (const path of SHARED) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, path).toContain("public");
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
    const etag = response.headers().etag;
    expect(etag, path).toBeTruthy();
    // A cache that asks again with the validator gets "not modified" and no body.
    const again = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
  }
});

test("a compressed and an uncompressed client read the same page", async ({ request }) => {
  const gzip = await request.get("/projects", { headers: { "Accept-Encoding": "gzip" } });
  const plain = await request.get("/projects", { headers: { "Accept-Encoding": "identity" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await gzip.text()).toBe(await plain.text());
});

test("signed in, every response is private and kept by no cache, and a public page is the user's own", async ({ page, data }) => {
  // An anonymous visit first, so a render for everyone is in memory when the user asks.
  await page.request.get("/projects", { headers: { Cookie: "" } });
  await signIn(page, await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) }));
  for (const path of [...SHARED, "/dashboard", "/reports", "/account"]) {
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
    // A page's validator would name the user's own render; the API's data is the same for everyone.
    if (!path.startsWith("/api/")) expect(response.headers().etag, path).toBeUndefined();
  }
  await page.goto("/projects");
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
});
