import "server-only";
import { findAllCatalogueIds } from "@/lib/catalogue/catalogue-search";
import type { CatalogueRequest } from "@/lib/catalogue/catalogue-query";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { resolveCatalogueFilters } from "@/lib/catalogue/search-catalogue";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { templateColumnsSelect } from "@/lib/projects/project-form-mapping";
import type { ExportProject } from "./export-columns";

/** Rows read per query: a few hundred kilobytes at a time, whatever the export's size. */
export const EXPORT_BATCH = 500;

/** A project's sector, investment form and districts, as code and name, the districts in their list's order. */
export const publishedReferencesSelect = {
  sector: { select: { code: true, name: true } },
  investmentForm: { select: { code: true, name: true } },
  locations: {
    select: { location: { select: { code: true, name: true } } },
    orderBy: { location: { sortOrder: "asc" } },
  },
} satisfies Prisma.ProjectSelect;

const exportSelect = {
  id: true,
  slug: true,
  ...templateColumnsSelect,
  publishedAt: true,
  lastConfirmedAt: true,
  ...publishedReferencesSelect,
} satisfies Prisma.ProjectSelect;

type ExportRow = Prisma.ProjectGetPayload<{ select: typeof exportSelect }>;

export interface PublishedExport {
  /** How many projects matched when the export started. */
  total: number;
  /** The matches in the catalogue's order, a batch at a time. */
  batches: () => AsyncGenerator<ExportProject[]>;
}

/** Published projects of a catalogue view, read a batch at a time with the columns a caller names. */
export interface PublishedBatches<Row> {
  /** The matching ids, in the catalogue's order, as read when the reading started. */
  ids: string[];
  batches: () => AsyncGenerator<Row[]>;
}

/**
 * The published projects a catalogue view shows — same filters, same order, every page — read in
 * batches so that memory stays flat however many there are. Only the ids are read up front; each
 * batch is read again through the public rule, so a project withdrawn while the reading runs is left
 * out rather than leaked. The exports and the OC4IDS package read through this.
 */
export async function publishedBatches<Row extends { id: string }>(
  requested: CatalogueRequest,
  select: Prisma.ProjectSelect,
  batchSize = EXPORT_BATCH,
): Promise<PublishedBatches<Row>> {
  const { filters } = resolveCatalogueFilters(requested, await getReferenceData());
  const ids = await findAllCatalogueIds(filters, requested.sort);
  return {
    ids,
    async *batches() {
      for (let start = 0; start < ids.length; start += batchSize) {
        const slice = ids.slice(start, start + batchSize);
        // Row is the caller's name for what `select` reads (each caller states it from its select).
        const rows = (await db.project.findMany({
          where: { AND: [PUBLIC_PROJECT_WHERE, { id: { in: slice } }] },
          select: { ...select, id: true },
        })) as unknown as Row[];
        const byId = new Map(rows.map((row) => [row.id, row]));
        yield slice.flatMap((id) => byId.get(id) ?? []);
      }
    },
  };
}

/** The rows of the CSV, Excel and JSON exports. */
export async function publishedExport(requested: CatalogueRequest, batchSize = EXPORT_BATCH): Promise<PublishedExport> {
  const { ids, batches } = await publishedBatches<ExportRow>(requested, exportSelect, batchSize);
  return { total: ids.length, batches: batches as unknown as () => AsyncGenerator<ExportProject[]> };
}
