import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { plantSecrets } from "./database";
import { expectNoLeak } from "./support";

let secret = "";
test.beforeAll(async () => {
  secret = await plantSecrets();
});

// Every query parameter a public page or the API reads, fed whatever fast-check can think of: the
// answer is never a server error, never a stack trace, and never a draft.

const PUBLIC_PARAMETERS: Record<string, string[]> = {
  "/projects": ["q", "sector", "location", "form", "minCapital", "maxCapital", "sort", "page"],
  "/api/projects": ["q", "sector", "location", "form", "minCapital", "maxCapital", "sort", "page"],
  "/login": ["callbackUrl", "error"],
  "/": ["q"],
};

const values = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    "",
    " ",
    "-1",
    "1e309",
    "0x10",
    "1.000,5",
    "99999999999999999999",
    "NaN",
    "noi bo",
    "NỘI BỘ",
    "bimat",
    "khong-co",
    "%",
    "%E0%A4%A",
    "<script>",
  ),
  fc.constant("Đường ".repeat(2000)),
);

for (const [path, names] of Object.entries(PUBLIC_PARAMETERS)) {
  test(`${path}: any value of ${names.join(", ")} is answered without error, leak or draft`, async ({ request }) => {
    test.slow();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), values, { minKeys: 1, maxKeys: 4 }), async (params) => {
        const query = new URLSearchParams(params).toString();
        const response = await request.get(`${path}?${query}`, { maxRedirects: 0 });
        const body = await expectNoLeak(response, `${path}?${query.slice(0, 150)}`);
        expect(body, `${path}?${query.slice(0, 150)}`).not.toContain(secret);
      }),
      { numRuns: 40 },
    );
  });
}

test("raw, half-encoded and repeated parameters are answered without error", async ({ request }) => {
  for (const query of [
    "q=%",
    "q=%E0%A4%A&page=%ZZ",
    "sector=a&sector=b&sector=c",
    "page[]=1",
    "q[$gt]=",
    "minCapital=1&minCapital=x",
    "&&&=&=",
  ]) {
    for (const path of ["/projects", "/api/projects"])
      await expectNoLeak(await request.get(`${path}?${query}`), `${path}?${query}`);
  }
});

test("a path whose %-escapes do not decode is a bad request or not found, never a server error", async ({ request }) => {
  for (const path of [
    "/projects/%E0%A4%A",
    "/projects/%ZZ",
    "/review/%",
    "/dashboard/projects/%C0%AF",
    "/api/attachments/%E0%A4%A",
    "/%FF%FE",
    "/reports/%",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404, 307], path).toContain(response.status());
    await expectNoLeak(response, path);
  }
});
