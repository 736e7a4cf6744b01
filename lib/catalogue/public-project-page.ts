import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { cachedWhileUnchanged } from "./catalogue-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { templateColumnsSelect } from "@/lib/projects/project-form-mapping";

export const projectTemplateSelect = {
  id: true,
  slug: true,
  ...templateColumnsSelect,
  status: true,
  publishedAt: true,
  lastConfirmedAt: true,
  updatedAt: true,
  // nameEn (null until an admin gives one) for the English pages; locations keep their Vietnamese names.
  sector: { select: { code: true, name: true, nameEn: true } },
  investmentForm: { select: { code: true, name: true, nameEn: true } },
  organization: { select: { name: true } },
  locations: {
    select: { location: { select: { code: true, name: true, sortOrder: true } } },
    orderBy: { location: { sortOrder: "asc" } },
  },
} satisfies Prisma.ProjectSelect;

/** The public page adds the call's public files; internal ones are never read for it. */
const publicPageSelect = {
  ...projectTemplateSelect,
  attachments: {
    where: { isPublic: true },
    select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ProjectSelect;

export type ProjectTemplateData = Prisma.ProjectGetPayload<{ select: typeof projectTemplateSelect }>;
export type PublishedProject = Prisma.ProjectGetPayload<{ select: typeof publicPageSelect }>;

/**
 * The public page of a call: published, or withdrawn after publication (the page then says the call
 * is closed, so bookmarks and links do not break). Drafts and submissions are never found.
 */
export const getPublicProjectPage = cache(async (slug: string): Promise<PublishedProject | null> => {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  // Attachments change only while a project is a draft or sent back, never on a public page, so
  // the project's own updatedAt covers everything shown here (see catalogue-cache.ts).
  return cachedWhileUnchanged(`project:${slug}`, () =>
    db.project.findFirst({
      where: { slug, status: { in: ["PUBLISHED", "ARCHIVED"] }, publishedAt: { not: null } },
      select: publicPageSelect,
    }),
  );
});
