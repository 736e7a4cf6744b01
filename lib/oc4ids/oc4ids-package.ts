import "server-only";
import crypto from "node:crypto";
import { catalogueDataVersion } from "@/lib/catalogue/catalogue-cache";
import type { CatalogueRequest } from "@/lib/catalogue/catalogue-query";
import { publishedBatches, publishedReferencesSelect, type PublishedBatches } from "@/lib/exports/published-export-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { templateColumnsSelect } from "@/lib/projects/project-form-mapping";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { OC4IDS_VERSION } from "./oc4ids-codes";
import { OC4IDS_PATH, oc4idsHref } from "./oc4ids-href";
import { toOc4idsProject, type Oc4idsContext, type Oc4idsSourceProject } from "./oc4ids-project";

/** What the package reads of a project: the template, the unit's code, the public files only. */
export const oc4idsSelect = {
  slug: true,
  ...templateColumnsSelect,
  publishedAt: true,
  lastConfirmedAt: true,
  ...publishedReferencesSelect,
  organization: { select: { code: true, name: true } },
  attachments: {
    where: { isPublic: true },
    select: { id: true, originalName: true, mimeType: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ProjectSelect;

type Oc4idsRow = Prisma.ProjectGetPayload<{ select: typeof oc4idsSelect }> & { id: string };

export interface Oc4idsPackage {
  /** Projects in the package. */
  total: number;
  /** Names this package's content: the data's version, the matching ids and the package's metadata. */
  etag: string;
  /** The package's JSON text, a batch of projects at a time. */
  pieces: () => AsyncGenerator<string>;
}

/**
 * The published projects of a catalogue view as an OC4IDS project package. Only the ids are read
 * up front (lib/exports/published-export-rows.ts), the projects a batch at a time while the text is
 * sent, so 100,000 projects take no more memory than 500. The entity tag is known before any project
 * is read: a client whose copy is current gets 304 without the database reading a row.
 */
export async function oc4idsPackage(
  requested: CatalogueRequest,
  origin: string,
  prefix: string,
  batchSize?: number,
): Promise<Oc4idsPackage> {
  const [settings, version, data] = await Promise.all([
    readSiteSettings(),
    catalogueDataVersion(),
    publishedBatches<Oc4idsRow>(requested, oc4idsSelect, batchSize),
  ]);
  const context: Oc4idsContext = { origin, prefix, provinceName: settings.provinceName };
  const header = {
    uri: `${origin}${oc4idsHref(requested)}`,
    // Made on demand, so the standard asks for the last change to what it holds.
    publishedDate: new Date(version.newest >= 0 ? version.newest : 0).toISOString(),
    publisher: { name: settings.editorialBoardName, uri: origin },
    license: OPEN_DATA_LICENCE.url,
    publicationPolicy: `${origin}/du-lieu-mo#oc4ids`,
    version: OC4IDS_VERSION,
    extensions: [`${origin}${OC4IDS_PATH}/extension.json`],
  };
  const etag = crypto
    .createHash("sha256")
    .update(JSON.stringify([header, context, version.key]))
    .update(data.ids.join(","))
    .digest("base64url")
    .slice(0, 32);
  return { total: data.ids.length, etag: `"${etag}"`, pieces: () => packagePieces(header, data, context) };
}

async function* packagePieces(
  header: Record<string, unknown>,
  data: PublishedBatches<Oc4idsRow>,
  context: Oc4idsContext,
): AsyncGenerator<string> {
  const opening = JSON.stringify(header);
  yield `${opening.slice(0, -1)},"projects":[`;
  let first = true;
  for await (const batch of data.batches()) {
    if (batch.length === 0) continue;
    const projects = batch.map((row) => {
      const project: Oc4idsSourceProject = row;
      return JSON.stringify(toOc4idsProject(project, context));
    });
    yield `${first ? "" : ","}${projects.join(",")}`;
    first = false;
  }
  yield "]}";
}
