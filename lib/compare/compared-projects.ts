import "server-only";
import { getPublicProjectPage, type PublishedProject } from "@/lib/catalogue/public-project-page";

/**
 * The published projects among those named, in the order named. A withdrawn call, a draft or a
 * mistyped address is only counted as missing: the page never says which, nor what it was.
 */
export async function getComparedProjects(slugs: readonly string[]): Promise<{ projects: PublishedProject[]; missing: number }> {
  const found = await Promise.all(slugs.map((slug) => getPublicProjectPage(slug)));
  const projects = found.filter((project): project is PublishedProject => project?.status === "PUBLISHED");
  return { projects, missing: slugs.length - projects.length };
}
