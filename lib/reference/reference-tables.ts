import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchFields } from "@/lib/projects/project-writer";
import type { ReferenceKind } from "./reference-kinds";

/**
 * The table of a kind. The three delegates have the same shape; TypeScript cannot unify their
 * overloads, so they are typed as the sectors'.
 */
export function referenceTable(tx: Prisma.TransactionClient, kind: ReferenceKind): Prisma.TransactionClient["sector"] {
  const tables = { sector: tx.sector, location: tx.location, form: tx.investmentForm };
  return tables[kind] as Prisma.TransactionClient["sector"];
}

/** The projects that carry any of these entries. */
export async function projectIdsWith(tx: Prisma.TransactionClient, kind: ReferenceKind, ids: string[]): Promise<string[]> {
  if (kind === "location") {
    const rows = await tx.projectLocation.findMany({
      where: { locationId: { in: ids } },
      select: { projectId: true },
      distinct: ["projectId"],
    });
    return rows.map((row) => row.projectId);
  }
  const where = kind === "sector" ? { sectorId: { in: ids } } : { investmentFormId: { in: ids } };
  return (await tx.project.findMany({ where, select: { id: true } })).map((row) => row.id);
}

/**
 * A project's stored search text holds its sector's, investment form's and locations' names, so a
 * rename or a merge must rewrite it; the projects' own write path does that, so search text cannot
 * disagree with it.
 */
export async function refreshSearchTextOf(tx: Prisma.TransactionClient, projectIds: string[]): Promise<void> {
  for (const projectId of projectIds) await refreshSearchFields(tx, projectId);
}
