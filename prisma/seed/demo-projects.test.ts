import { describe, expect, it } from "vitest";
import { formatVietnameseNumber, projectFormSchema } from "@/lib/projects/project-form-schema";
import { unitSnapshot } from "@/lib/projects/unit-snapshot";
import { DEMO_ORGANIZATIONS } from "./demo-accounts";
import { demoProjects } from "./demo-projects";

// The demo data is what a new user edits first: it must pass the same rules as a real filing,
// or "answer a change request" would fail on fields the user never touched.
describe("demo projects", () => {
  it.each(demoProjects.map((project) => [project.key, project] as const))("%s passes the form's schema", (_key, project) => {
    const organization = DEMO_ORGANIZATIONS.find((candidate) => candidate.code === project.organization)!;
    const result = projectFormSchema.safeParse({
      ...unitSnapshot(organization),
      sectorCode: project.sector,
      name: project.name,
      objectives: project.objectives,
      investmentFormCode: project.form,
      capitalTy: formatVietnameseNumber(project.capitalTy),
      capitalUsdMillion: project.capitalUsdMillion === undefined ? "" : formatVietnameseNumber(project.capitalUsdMillion),
      scale: project.scale,
      areaHa: project.areaHa === undefined ? "" : formatVietnameseNumber(project.areaHa),
      durationYears: String(project.durationYears),
      implementationPlan: project.implementationPlan,
      legalBasis: project.legalBasis,
      locationCodes: project.locations,
      locationText: project.locationText,
      infrastructure: project.infrastructure,
      incentives: project.incentives,
      socialEfficiency: project.socialEfficiency,
      dossierSubmission: project.dossierSubmission,
    });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("has 40 published projects and never publishes the marked drafts", () => {
    expect(demoProjects.filter((project) => project.status === "PUBLISHED")).toHaveLength(40);
    for (const project of demoProjects.filter((candidate) => candidate.status !== "PUBLISHED")) {
      expect(project.name).toMatch(/NỘI BỘ/);
    }
  });
});
