import { describe, expect, it } from "vitest";
import { toPublicProjectJson } from "@/lib/catalogue/public-project-json";
import type { ProjectSummary } from "@/lib/catalogue/search-catalogue";
import { EXPORT_COLUMNS } from "@/lib/exports/export-columns";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { oc4idsQuerySchema } from "@/lib/oc4ids/oc4ids-query";
import { openApiDocument } from "./openapi";

const document = openApiDocument("https://dautu.example.vn", 120);
type Operation = { parameters: { name: string; in: string }[] };
const operation = (path: string) => (document.paths as unknown as Record<string, { get: Operation }>)[path]!.get;

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1 with a licence and the server it describes", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.license.url).toMatch(/creativecommons/);
    expect(document.servers).toEqual([{ url: "https://dautu.example.vn" }]);
    expect(document.info.description).toContain("120 yêu cầu mỗi phút");
  });

  it("names every property the API writes for a project, and no other", () => {
    const project = {
      slug: "cang-ca",
      name: "Cảng cá",
      objectives: "",
      capitalVnd: 1n,
      capitalUsd: null,
      durationYears: 50,
      areaHa: null,
      publishedAt: null,
      lastConfirmedAt: null,
      unitName: "",
      sector: null,
      investmentForm: null,
      locations: [],
    } as unknown as ProjectSummary;
    const schema = document.components.schemas.ProjectSummary as { properties: object; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(toPublicProjectJson(project, "")).sort());
    expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it("lists the parameters the catalogue reads, and every export column", () => {
    const names = operation("/api/projects")
      .parameters.filter((p) => p.in === "query")
      .map((p) => p.name);
    const read = parseCatalogueQuery(Object.fromEntries(names.map((name) => [name, "x"])));
    expect(names.sort()).toEqual(
      Object.keys(read)
        .filter((key) => key !== "adjustments")
        .sort(),
    );
    expect(operation("/api/projects/export").parameters.map((p) => p.name)).toContain("format");
    const exported = document.components.schemas.ExportedProject as { properties: object };
    expect(Object.keys(exported.properties)).toEqual(EXPORT_COLUMNS.map((column) => column.key));
  });

  it("describes the OC4IDS package with the catalogue's parameters and the download switch", () => {
    const names = operation("/api/oc4ids")
      .parameters.filter((p) => p.in === "query")
      .map((p) => p.name);
    expect(names).toEqual([
      ...operation("/api/projects/export")
        .parameters.filter((p) => p.in === "query" && p.name !== "format")
        .map((p) => p.name),
      "download",
    ]);
    // The names the route's own zod schema accepts, and no other.
    expect([...names].sort()).toEqual(Object.keys(oc4idsQuerySchema.shape).sort());
  });
});
