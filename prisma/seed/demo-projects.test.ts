import { describe, expect, it } from "vitest";
import { projectFormSchema } from "@/lib/projects/project-form-schema";
import { DEMO_ORGANIZATIONS } from "./demo-accounts";
import { demoProjects } from "./demo-projects";
import { demoProjectValues } from "./seed-demo-data";

// The demo data is what a new user edits first: it must pass the same rules as a real filing,
// or "answer a change request" would fail on fields the user never touched.
describe("demo projects", () => {
  it.each(demoProjects.map((project) => [project.key, project] as const))("%s passes the form's schema", (_key, project) => {
    const organization = DEMO_ORGANIZATIONS.find((candidate) => candidate.code === project.organization)!;
    const values = demoProjectValues(project, organization);
    const result = projectFormSchema.safeParse(values);
    expect(result.error?.issues ?? []).toEqual([]);
    // What the seed writes is what the form would send: the schema keeps every value as it is (the
    // website gains its https://).
    const { unitWebsite, ...kept } = values;
    expect(result.data).toMatchObject(kept);
    expect(result.data?.unitWebsite).toBe(unitWebsite ? `https://${unitWebsite.replace(/^https?:\/\//, "")}` : "");
  });

  it("has 40 published projects and never publishes the marked drafts", () => {
    expect(demoProjects.filter((project) => project.status === "PUBLISHED")).toHaveLength(40);
    for (const project of demoProjects.filter((candidate) => candidate.status !== "PUBLISHED")) {
      expect(project.name).toMatch(/NỘI BỘ/);
    }
  });
});
