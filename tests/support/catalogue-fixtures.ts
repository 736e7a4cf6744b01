import type { PrismaClient, ProjectStatus } from "@/lib/generated/prisma/client";
import { newProjectRow, readReferenceIndex } from "@/lib/projects/project-writer";
import { slugify } from "@/lib/projects/slug";

export interface FixtureProject {
  name: string;
  status?: ProjectStatus;
  sector: string;
  form: string;
  locations: string[];
  capitalTy: number;
  objectives?: string;
  locationText?: string;
  legalBasis?: string;
  publishedAt?: Date;
}

/** A test organisation and projects, written through the app's own project writer. */
export async function createFixtureProjects(prisma: PrismaClient, projects: FixtureProject[]) {
  const organization = await prisma.organization.upsert({
    where: { code: "fixture-org" },
    create: { code: "fixture-org", name: "Đơn vị kiểm thử", kind: "DEPARTMENT" },
    update: {},
  });
  const index = await readReferenceIndex(prisma);
  for (const [position, project] of projects.entries()) {
    const status = project.status ?? "PUBLISHED";
    const { columns, locationIds } = newProjectRow(
      {
        unitName: organization.name,
        name: project.name,
        objectives: project.objectives ?? `Mục tiêu của ${project.name}`,
        locationText: project.locationText ?? "",
        legalBasis: project.legalBasis ?? "",
        sectorCode: project.sector,
        investmentFormCode: project.form,
        locationCodes: project.locations,
        capitalTy: project.capitalTy,
        durationYears: 50,
      },
      index,
    );
    await prisma.project.create({
      data: {
        ...columns,
        status,
        slug: status === "PUBLISHED" ? slugify(project.name) : null,
        organizationId: organization.id,
        publishedAt: status === "PUBLISHED" ? (project.publishedAt ?? new Date(Date.UTC(2026, 0, 1 + position))) : null,
        locations: { create: locationIds.map((locationId) => ({ locationId })) },
      },
    });
  }
}
