import { expect, test } from "@playwright/test";
import { plantSecrets } from "./database";
import { expectNoLeak } from "./support";

let secret = "";
test.beforeAll(async () => {
  secret = await plantSecrets();
});

// The proxy (Next's middleware) is not a security boundary: every page checks its caller itself.
// These requests try the known ways around the proxy and into the React Server Component payloads.

const PRIVATE_PAGES = [
  "/dashboard",
  "/dashboard/projects/new",
  "/dashboard/enquiries",
  "/review",
  "/reports",
  "/reports/export",
  "/account",
  "/account/notifications",
  "/admin",
  "/admin/mail",
  "/admin/users",
  "/admin/audit",
  "/admin/audit/export",
  "/admin/enquiries",
];
const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%5D", RSC: "1" },
];

test("private pages give an anonymous caller nothing, however the request is dressed", async ({ request }) => {
  for (const page of PRIVATE_PAGES) {
    for (const variant of [page, `${page}.rsc`, `${page}?_rsc=abc`, `${page}/`]) {
      for (const headers of BYPASS_HEADERS) {
        const response = await request.get(variant, { headers, maxRedirects: 0 });
        const body = await expectNoLeak(response, `${variant} ${JSON.stringify(headers)}`);
        // A server-component payload may answer 200 with an instruction to go to the sign-in page
        // (or the not-found / forbidden page) instead: what matters is that it carries nothing else.
        const turnedAway =
          [307, 308, 404, 401, 403].includes(response.status()) ||
          /NEXT_REDIRECT;replace;\/login|NEXT_HTTP_ERROR_FALLBACK;40[134]/.test(body);
        expect(turnedAway, `${variant} ${JSON.stringify(headers)}: ${response.status()}`).toBe(true);
        for (const marker of [secret, "Chờ duyệt", "Bản nháp"]) expect(body).not.toContain(marker);
      }
    }
  }
});

test("the public pages' server-component payloads carry no draft either", async ({ request }) => {
  for (const page of ["/", "/projects", "/projects?sort=name", "/projects?q=noi+bo", "/projects?sort=name&page=2"]) {
    for (const headers of BYPASS_HEADERS) {
      const body = await expectNoLeak(await request.get(page, { headers }), page);
      expect(body, `${page} ${JSON.stringify(headers)}`).not.toContain(secret);
    }
  }
});
