import type { PrismaClient, ProjectStatus } from "@/lib/generated/prisma/client";
import { tyToVnd } from "@/lib/format/money";
import { projectNameSortKey, projectSearchText } from "@/lib/projects/search-text";
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
  publishedAt?: Date;
}

/** A test organisation and projects written straight through Prisma, with the stored search text. */
export async function createFixtureProjects(prisma: PrismaClient, projects: FixtureProject[]) {
  const organization = await prisma.organization.upsert({
    where: { code: "fixture-org" },
    create: { code: "fixture-org", name: "Đơn vị kiểm thử", kind: "DEPARTMENT" },
    update: {},
  });
  for (const [index, project] of projects.entries()) {
    const sector = await prisma.sector.findUniqueOrThrow({ where: { code: project.sector } });
    const form = await prisma.investmentForm.findUniqueOrThrow({ where: { code: project.form } });
    const locations = await prisma.location.findMany({ where: { code: { in: project.locations } } });
    const status = project.status ?? "PUBLISHED";
    const objectives = project.objectives ?? `Mục tiêu của ${project.name}`;
    const locationText = project.locationText ?? "";
    await prisma.project.create({
      data: {
        status,
        slug: status === "PUBLISHED" ? slugify(project.name) : null,
        organizationId: organization.id,
        unitName: organization.name,
        name: project.name,
        objectives,
        locationText,
        sectorId: sector.id,
        investmentFormId: form.id,
        capitalVnd: tyToVnd(project.capitalTy),
        durationYears: 50,
        searchText: projectSearchText({
          name: project.name,
          objectives,
          locationText,
          sectorName: sector.name,
          locationNames: locations.map((location) => location.name),
        }),
        nameSort: projectNameSortKey(project.name),
        publishedAt: status === "PUBLISHED" ? (project.publishedAt ?? new Date(Date.UTC(2026, 0, 1 + index))) : null,
        locations: { create: locations.map((location) => ({ locationId: location.id })) },
      },
    });
  }
}
