import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { writeGeneratedProjects } from "@/scripts/bench/generated-projects";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let sitemap: typeof import("./sitemap");

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await writeGeneratedProjects(prisma, 23);
  await createFixtureProjects(prisma, [
    { name: "Đường BẢN NHÁP", status: "DRAFT", sector: "giao-thong", form: "ppp-bot", locations: ["rach-gia"], capitalTy: 10 },
    {
      name: "Cảng CHỜ DUYỆT",
      status: "SUBMITTED",
      sector: "giao-thong",
      form: "ppp-bot",
      locations: ["rach-gia"],
      capitalTy: 10,
    },
    { name: "Chợ ĐÃ RÚT", status: "ARCHIVED", sector: "giao-thong", form: "ppp-bot", locations: ["rach-gia"], capitalTy: 10 },
  ]);
  // A withdrawn project keeps the slug of its public page.
  await prisma.project.updateMany({ where: { status: "ARCHIVED" }, data: { slug: "cho-da-rut", publishedAt: new Date() } });
  sitemap = await import("./sitemap");
});

describe("sitemap", () => {
  it("lists every published project once, with its last change, and nothing else", async () => {
    const published = await prisma.project.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } });
    expect(await sitemap.publishedProjectCount()).toBe(23);
    const entries = await sitemap.sitemapProjects(1);
    expect(entries.map((entry) => entry.path).sort()).toEqual(published.map((project) => `/projects/${project.slug}`).sort());
    for (const project of published) {
      expect(entries.find((entry) => entry.path === `/projects/${project.slug}`)!.lastModified).toEqual(project.updatedAt);
    }
    expect(entries.map((entry) => entry.path)).not.toContain("/projects/cho-da-rut");
  });

  it("splits a large list into files that together list each project once", async () => {
    const parts = await Promise.all([1, 2, 3, 4].map((part) => sitemap.sitemapProjects(part, 8, 3)));
    expect(parts.map((part) => part.length)).toEqual([8, 8, 7, 0]);
    const all = parts.flat().map((entry) => entry.path);
    expect(new Set(all).size).toBe(23);
    expect(all.sort()).toEqual((await sitemap.sitemapProjects(1)).map((entry) => entry.path).sort());
  });

  it("writes XML that escapes what it must", () => {
    const xml = sitemap.urlsetXml(
      [{ path: "/projects/a?x=1&y=2", lastModified: new Date("2026-11-30T01:02:03Z") }],
      (path) => `https://p.vn${path}`,
    );
    expect(xml).toContain("<loc>https://p.vn/projects/a?x=1&amp;y=2</loc><lastmod>2026-11-30T01:02:03.000Z</lastmod>");
    expect(xml).toContain(
      "<loc>https://p.vn/en/projects/a?x=1&amp;y=2</loc><lastmod>2026-11-30T01:02:03.000Z</lastmod>" +
        '<xhtml:link rel="alternate" hreflang="vi" href="https://p.vn/projects/a?x=1&amp;y=2"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://p.vn/en/projects/a?x=1&amp;y=2"/>',
    );
  });
});
