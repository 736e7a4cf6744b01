import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectTemplateView } from "@/components/catalogue/project-template-view";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { getPublicProjectPage } from "@/lib/catalogue/public-project-page";
import { formatCapital } from "@/lib/format/money";
import { pageDescription } from "@/lib/seo/page-description";
import { PORTAL_SHARE_IMAGE_PATH, projectShareImagePath, socialMetadata } from "@/lib/seo/social-metadata";
import { breadcrumbList, projectStructuredData } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { portalTitle } from "@/lib/settings/site-settings-defaults";

export async function generateMetadata({ params }: PageProps<"/projects/[slug]">): Promise<Metadata> {
  const [project, settings] = await Promise.all([getPublicProjectPage((await params).slug), getSiteSettings()]);
  if (!project) return { title: "Không tìm thấy trang" };
  const facts = [
    project.sector?.name,
    formatCapital(project.capitalVnd),
    project.locations.map(({ location }) => location.name).join(", "),
  ];
  const description = pageDescription(`${facts.filter(Boolean).join(" · ")}. ${project.objectives}`);
  const path = `/projects/${project.slug}`;
  return {
    title: project.name,
    description,
    alternates: { canonical: path },
    ...socialMetadata({
      title: project.name,
      description,
      path,
      type: "article",
      siteName: portalTitle(settings),
      // A withdrawn call keeps its page but has no picture of its own (only published calls do).
      image:
        project.status === "PUBLISHED"
          ? { path: projectShareImagePath(project.slug!, project.updatedAt), alt: project.name }
          : { path: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) },
    }),
    // A withdrawn call keeps its page for old links, but search engines should no longer send investors to it.
    ...(project.status === "ARCHIVED" ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function ProjectPage({ params }: PageProps<"/projects/[slug]">) {
  const project = await getPublicProjectPage((await params).slug);
  if (!project) notFound();
  const settings = await getSiteSettings();
  return (
    <>
      <JsonLd
        data={breadcrumbList(
          [
            { name: "Trang chủ", path: "/" },
            { name: "Dự án kêu gọi đầu tư", path: "/projects" },
            { name: project.name, path: `/projects/${project.slug}` },
          ],
          portalLink,
        )}
      />
      <JsonLd data={projectStructuredData({ ...project, slug: project.slug! }, settings, portalLink)} />
      <ProjectTemplateView project={project} pageUrl={portalLink(`/projects/${project.slug}`)} settings={settings} />
    </>
  );
}
