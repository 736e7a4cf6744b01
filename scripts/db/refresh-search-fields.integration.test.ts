import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SEARCH_FIELDS_VERSION, projectSearchFields } from "@/lib/projects/search-text";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { refreshOutdatedSearchFields } from "./refresh-search-fields";

// After an upgrade that changes what goes into the search columns, the projects already stored
// must be found by the new fields too: start-up recomputes them.
const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let findCatalogueMatches: typeof import("@/lib/catalogue/catalogue-search").findCatalogueMatches;

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await createFixtureProjects(prisma, [
    {
      name: "Cảng cá Tắc Cậu",
      sector: "thuy-san",
      form: "ppp-bot",
      locations: ["chau-thanh"],
      capitalTy: 300,
      legalBasis: "Quyết định 1289/QĐ-TTg",
    },
    {
      name: "Chợ đầu mối Châu Thành",
      sector: "thuong-mai-dich-vu",
      form: "trong-nuoc",
      locations: ["chau-thanh"],
      capitalTy: 90,
    },
  ]);
  ({ findCatalogueMatches } = await import("@/lib/catalogue/catalogue-search"));
});

describe("refreshOutdatedSearchFields", () => {
  it("recomputes the rows an older recipe wrote, keeps their last change, and leaves current rows alone", async () => {
    const before = await prisma.project.findMany({ orderBy: { name: "asc" } });
    // As the previous version stored them: no form, unit or legal basis; no folded objectives.
    for (const project of before) {
      await prisma.project.update({
        where: { id: project.id },
        data: {
          searchText: projectSearchFields({ ...project, legalBasis: "", unitName: "" }).searchText,
          objectivesSearch: "",
          searchVersion: 0,
          updatedAt: project.updatedAt,
        },
      });
    }
    expect((await findCatalogueMatches({ q: "1289 ppp bot" }, "relevance", 1, 20)).total).toBe(0);

    expect(await refreshOutdatedSearchFields(prisma)).toBe(2);

    const after = await prisma.project.findMany({ orderBy: { name: "asc" } });
    for (const [index, project] of after.entries()) {
      expect(project.searchVersion).toBe(SEARCH_FIELDS_VERSION);
      expect(project.objectivesSearch).toBe(before[index]!.objectivesSearch);
      expect(project.searchText).toBe(before[index]!.searchText);
      expect(project.updatedAt).toEqual(before[index]!.updatedAt);
    }
    // The keyword index follows the new text (SQLite's FTS table through its triggers).
    expect((await findCatalogueMatches({ q: "1289 ppp bot" }, "relevance", 1, 20)).pageIds).toEqual([
      after.find((project) => project.name === "Cảng cá Tắc Cậu")!.id,
    ]);
    expect(await refreshOutdatedSearchFields(prisma)).toBe(0);
  });
});
