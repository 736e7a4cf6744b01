import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { FORM_STEP_COUNT, type ProjectDraftValues } from "@/lib/projects/project-form-schema";
import { newProjectRow, readReferenceIndex } from "@/lib/projects/project-writer";
import { uniqueSlug } from "@/lib/projects/slug";
import { unitSnapshot, type OrganizationContact } from "@/lib/projects/unit-snapshot";
import { DAY_MS } from "@/lib/time/day";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { demoMapPoint } from "./demo-map-points";
import { demoProjects } from "./demo-projects";
import type { DemoProject } from "./types";

export interface DemoSeedSummary {
  organizations: number;
  users: number;
  projectsCreated: number;
}

/** A demo project as the form's values, with section I copied from its unit as a new call would. */
export function demoProjectValues(demo: DemoProject, organization: OrganizationContact): ProjectDraftValues {
  return {
    ...unitSnapshot(organization),
    sectorCode: demo.sector,
    name: demo.name,
    nameEn: demo.nameEn ?? null,
    objectives: demo.objectives,
    summaryEn: demo.summaryEn ?? null,
    investmentFormCode: demo.form,
    capitalTy: demo.capitalTy,
    capitalUsdMillion: demo.capitalUsdMillion,
    scale: demo.scale,
    areaHa: demo.areaHa,
    durationYears: demo.durationYears,
    implementationPlan: demo.implementationPlan,
    legalBasis: demo.legalBasis,
    locationCodes: demo.locations,
    locationText: demo.locationText,
    infrastructure: demo.infrastructure,
    incentives: demo.incentives,
    socialEfficiency: demo.socialEfficiency,
    dossierSubmission: demo.dossierSubmission,
  };
}

/** Demo organisations, accounts and projects. Creates what is missing; never overwrites. */
export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<DemoSeedSummary> {
  const organizations = new Map<string, Awaited<ReturnType<typeof prisma.organization.upsert>>>();
  for (const { code, ...fields } of DEMO_ORGANIZATIONS) {
    organizations.set(code, await prisma.organization.upsert({ where: { code }, create: { code, ...fields }, update: {} }));
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await prisma.user.upsert({
      where: { email: user.email },
      create: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        organizationId: organizations.get(user.organization)!.id,
      },
      update: {},
    });
  }

  const index = await readReferenceIndex(prisma);
  const submitters = await prisma.user.findMany({ where: { role: "SUBMITTER" } });

  let projectsCreated = 0;
  for (const [position, demo] of demoProjects.entries()) {
    const id = `demo-${demo.key}`;
    if (await prisma.project.findUnique({ where: { id }, select: { id: true } })) continue;

    const organization = organizations.get(demo.organization)!;
    const published = demo.status === "PUBLISHED";
    const publishedAt = published ? new Date(now.getTime() - (demo.publishedDaysAgo ?? 30) * DAY_MS) : null;
    const slug = published
      ? await uniqueSlug(demo.name, async (candidate) =>
          Boolean(await prisma.project.findUnique({ where: { slug: candidate }, select: { id: true } })),
        )
      : null;
    const { columns, locationIds } = newProjectRow(
      { ...demoProjectValues(demo, organization), ...demoMapPoint(demo, position) },
      index,
    );

    await prisma.project.create({
      data: {
        ...columns,
        id,
        slug,
        status: demo.status,
        organizationId: organization.id,
        createdById: submitters.find((user) => user.organizationId === organization.id)?.id ?? null,
        formStep: published || demo.status === "SUBMITTED" ? FORM_STEP_COUNT : 3,
        submittedAt: demo.status === "DRAFT" ? null : (publishedAt ?? now),
        publishedAt,
        lastConfirmedAt: publishedAt,
        locations: { create: locationIds.map((locationId) => ({ locationId })) },
      },
    });
    projectsCreated += 1;
  }

  return { organizations: organizations.size, users: DEMO_USERS.length, projectsCreated };
}
