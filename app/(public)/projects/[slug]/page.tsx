import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectTemplateView } from "@/components/catalogue/project-template-view";
import { getPublicProjectPage } from "@/lib/catalogue/public-project-page";

export async function generateMetadata({ params }: PageProps<"/projects/[slug]">): Promise<Metadata> {
  const project = await getPublicProjectPage((await params).slug);
  return project ? { title: project.name, description: project.objectives.slice(0, 200) } : {};
}

export default async function ProjectPage({ params }: PageProps<"/projects/[slug]">) {
  const project = await getPublicProjectPage((await params).slug);
  if (!project) notFound();
  return <ProjectTemplateView project={project} />;
}
