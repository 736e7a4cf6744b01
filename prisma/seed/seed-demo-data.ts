import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { tyToVnd } from "@/lib/format/money";
import { projectNameSortKey, projectSearchText } from "@/lib/projects/search-text";
import { uniqueSlug } from "@/lib/projects/slug";
import { unitSnapshot } from "@/lib/projects/unit-snapshot";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { demoProjects } from "./demo-projects";

const DAY_MS = 86_400_000;

export interface DemoSeedSummary {
  organizations: number;
  users: number;
  projectsCreated: number;
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

  const [sectors, locations, forms] = await Promise.all([
    prisma.sector.findMany(),
    prisma.location.findMany(),
    prisma.investmentForm.findMany(),
  ]);
  const byCode = <T extends { code: string }>(rows: T[], code: string, what: string): T => {
    const row = rows.find((candidate) => candidate.code === code);
    if (!row) throw new Error(`Dữ liệu mẫu tham chiếu ${what} không tồn tại: ${code}`);
    return row;
  };
  const submitters = await prisma.user.findMany({ where: { role: "SUBMITTER" } });

  let projectsCreated = 0;
  for (const demo of demoProjects) {
    const id = `demo-${demo.key}`;
    if (await prisma.project.findUnique({ where: { id }, select: { id: true } })) continue;

    const organization = organizations.get(demo.organization)!;
    const sector = byCode(sectors, demo.sector, "ngành");
    const form = byCode(forms, demo.form, "hình thức đầu tư");
    const projectLocations = demo.locations.map((code) => byCode(locations, code, "địa bàn"));
    const published = demo.status === "PUBLISHED";
    const publishedAt = published ? new Date(now.getTime() - (demo.publishedDaysAgo ?? 30) * DAY_MS) : null;
    const slug = published
      ? await uniqueSlug(demo.name, async (candidate) =>
          Boolean(await prisma.project.findUnique({ where: { slug: candidate }, select: { id: true } })),
        )
      : null;

    await prisma.project.create({
      data: {
        id,
        slug,
        status: demo.status,
        organizationId: organization.id,
        createdById: submitters.find((user) => user.organizationId === organization.id)?.id ?? null,
        formStep: published || demo.status === "SUBMITTED" ? 6 : 3,
        ...unitSnapshot(organization),
        sectorId: sector.id,
        name: demo.name,
        objectives: demo.objectives,
        investmentFormId: form.id,
        capitalVnd: tyToVnd(demo.capitalTy),
        capitalUsd: demo.capitalUsdMillion === undefined ? null : BigInt(Math.round(demo.capitalUsdMillion * 1_000_000)),
        scale: demo.scale,
        areaHa: demo.areaHa ?? null,
        durationYears: demo.durationYears,
        implementationPlan: demo.implementationPlan,
        legalBasis: demo.legalBasis,
        locationText: demo.locationText,
        infrastructure: demo.infrastructure,
        incentives: demo.incentives,
        socialEfficiency: demo.socialEfficiency,
        dossierSubmission: demo.dossierSubmission,
        searchText: projectSearchText({
          name: demo.name,
          objectives: demo.objectives,
          locationText: demo.locationText,
          sectorName: sector.name,
          locationNames: projectLocations.map((location) => location.name),
        }),
        nameSort: projectNameSortKey(demo.name),
        submittedAt: demo.status === "DRAFT" ? null : (publishedAt ?? now),
        publishedAt,
        lastConfirmedAt: publishedAt,
        locations: { create: projectLocations.map((location) => ({ locationId: location.id })) },
      },
    });
    projectsCreated += 1;
  }

  return { organizations: organizations.size, users: DEMO_USERS.length, projectsCreated };
}
