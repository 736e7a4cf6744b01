import fs from "node:fs";
import http from "node:http";
import { expect } from "@playwright/test";
import { oc4idsErrors } from "../tests/support/oc4ids-validator";
import { test, uniqueTag } from "./fixtures";

// The OC4IDS package as a visitor and a program get it from the running server: linked from the
// open data page, valid against the portal's OC4IDS subset schema (ajv,
// lib/oc4ids/portal-oc4ids-subset.schema.json, with the local extension), published calls only,
// and answered like the open API.

const PREFIX = "oc4ids-kg0000-";

interface Oc4idsPackage {
  projects: { id: string; title: string; sector?: string[] }[];
}

/** A GET from a loopback address of this spec's own, so the rate limit it spends is its own. */
function getFrom(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(url, { localAddress: "127.0.0.21", agent: false, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

test("the open data page offers the OC4IDS package: valid OC4IDS, published calls only", async ({ page, data }) => {
  const unit = await data.unit();
  const published = await data.project(unit, { status: "PUBLISHED" });
  const draft = await data.project(unit, { status: "DRAFT", name: `Cảng nháp OC4IDS ${uniqueTag()} (BẢN NHÁP NỘI BỘ)` });
  const submitted = await data.project(unit, { status: "SUBMITTED" });
  const withdrawn = await data.project(unit, { status: "ARCHIVED" });

  await page.goto("/du-lieu-mo");
  const section = page.getByRole("region", { name: "Chuẩn dữ liệu hạ tầng OC4IDS" });
  await expect(section).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: /^OC4IDS/ }).click()]);
  expect(file.suggestedFilename()).toMatch(/^oc4ids-du-an-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await file.path())!, "utf8");
  const oc4ids = JSON.parse(text) as Oc4idsPackage;

  expect(oc4idsErrors(oc4ids)).toEqual([]);
  const ids = oc4ids.projects.map((project) => project.id);
  expect(ids).toContain(`${PREFIX}${published.id}`);
  for (const hidden of [draft, submitted, withdrawn]) expect(ids).not.toContain(`${PREFIX}${hidden.id}`);
  // The draft's own name, not a marker: other specs publish projects whose names carry one.
  expect(text).not.toContain(draft.name);
});

test("the OC4IDS package answers like the open API: filters, CORS, ETag, a file on request, 400 on a typo", async ({
  baseURL,
}) => {
  const url = `${baseURL}/api/oc4ids?sector=du-lich`;
  const first = await getFrom(url);
  expect(first.status).toBe(200);
  expect(first.headers["content-type"]).toMatch(/^application\/json/);
  expect(first.headers["access-control-allow-origin"]).toBe("*");
  expect(first.headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
  expect(first.headers["content-disposition"]).toBeUndefined();
  const etag = first.headers["etag"]!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const tourism = JSON.parse(first.body) as Oc4idsPackage;
  expect(oc4idsErrors(tourism)).toEqual([]);
  expect(tourism.projects.length).toBe(Number(first.headers["x-total-count"]));
  for (const project of tourism.projects) expect(project.sector).toEqual(["cultureSportsAndRecreation"]);

  const again = await getFrom(url, { "If-None-Match": etag });
  expect(again.status).toBe(304);
  expect(again.body).toBe("");

  const download = await getFrom(`${url}&download=1`);
  expect(download.status).toBe(200);
  expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="oc4ids-du-an-[\d-]+\.json"$/);
  expect(download.headers["etag"]).not.toBe(etag);

  const typo = await getFrom(`${baseURL}/api/oc4ids?dowload=1`);
  expect(typo.status).toBe(400);
  expect(typo.headers["access-control-allow-origin"]).toBe("*");
  expect(JSON.parse(typo.body)).toEqual({ message: expect.stringContaining("dowload") });
  expect((await getFrom(`${baseURL}/api/oc4ids?sector=du-lich&sector=y-te`)).status).toBe(400);
});

test("the OC4IDS package is read-only", async ({ request }) => {
  const response = await request.post("/api/oc4ids", { data: {} });
  expect(response.status()).toBe(405);
});
