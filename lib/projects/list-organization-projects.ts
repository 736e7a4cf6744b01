import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ownProjectWhere } from "./own-project-where";

/** The organisation's project calls for its dashboard, most recently changed first. */
export async function listOrganizationProjects(user: CurrentUser) {
  return db.project.findMany({
    where: ownProjectWhere(user),
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      formStep: true,
      updatedAt: true,
      submittedAt: true,
      publishedAt: true,
      sector: { select: { name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
}

export type OrganizationProject = Awaited<ReturnType<typeof listOrganizationProjects>>[number];
