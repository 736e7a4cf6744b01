import { vndToTy } from "@/lib/format/money";
import type { ProjectSummary } from "./search-catalogue";

/** The API's shape of a project: plain JSON numbers and ISO dates, capital in tỷ đồng and VND. */
export function toPublicProjectJson(project: ProjectSummary, origin: string) {
  return {
    slug: project.slug,
    url: `${origin}/projects/${project.slug}`,
    name: project.name,
    objectives: project.objectives,
    sector: project.sector,
    investmentForm: project.investmentForm,
    locations: project.locations.map(({ location }) => ({ code: location.code, name: location.name })),
    capitalTy: project.capitalVnd === null ? null : vndToTy(project.capitalVnd),
    capitalVnd: project.capitalVnd?.toString() ?? null,
    capitalUsd: project.capitalUsd === null ? null : Number(project.capitalUsd),
    durationYears: project.durationYears,
    areaHa: project.areaHa,
    proposingUnit: project.unitName,
    publishedAt: project.publishedAt?.toISOString() ?? null,
    lastConfirmedAt: project.lastConfirmedAt?.toISOString() ?? null,
  };
}
