/**
 * Brings every project's search columns up to the current recipe (lib/projects/search-text.ts).
 * When the recipe changes, existing rows still hold what the old one wrote; folding Vietnamese is
 * not something SQL can do the same way on both databases, so start-up does it here, in batches,
 * and only for rows stamped with another version (the first start after an upgrade; later starts
 * find nothing, through an index). npm start, npm run dev and npm run db:migrate all run it.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SEARCH_FIELDS_VERSION, searchableProjectSelect, storedProjectSearchFields } from "@/lib/projects/search-text";

const BATCH = 500;

/** Returns how many projects were brought up to date. */
export async function refreshOutdatedSearchFields(prisma: PrismaClient): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const rows = await prisma.project.findMany({
      where: { searchVersion: { not: SEARCH_FIELDS_VERSION } },
      select: { id: true, updatedAt: true, ...searchableProjectSelect },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return refreshed;
    await prisma.$transaction(
      rows.map((row) =>
        prisma.project.update({
          where: { id: row.id },
          // Keeps updatedAt: the unit changed nothing, and "last changed" on the dashboard says so.
          // (Other servers already running keep their catalogue answers at most 30 s longer.)
          data: { ...storedProjectSearchFields(row), updatedAt: row.updatedAt },
          select: { id: true },
        }),
      ),
    );
    refreshed += rows.length;
  }
}
