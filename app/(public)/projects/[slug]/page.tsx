import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectTemplateView } from "@/components/catalogue/project-template-view";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { getPublicProjectPage } from "@/lib/catalogue/public-project-page";
import { localeFormat } from "@/lib/format/locale-format";
import { localName, projectTexts } from "@/lib/i18n/local-text";
import { localHref } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { pageDescription } from "@/lib/seo/page-description";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { projectShareImagePath } from "@/lib/seo/social-metadata";
import { breadcrumbList, projectStructuredData } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";

export async function generateMetadata({ params }: PageProps<"/projects/[slug]">): Promise<Metadata> {
  const [project, settings, locale, t] = await Promise.all([
    getPublicProjectPage((await params).slug),
    getSiteSettings(),
    getLocale(),
    getTranslations("common"),
  ]);
  if (!project) return { title: t("notFoundTitle") };
  const texts = projectTexts(locale, project);
  const facts = [
    project.sector ? localName(locale, project.sector) : undefined,
    localeFormat(locale).capital(project.capitalVnd),
    project.locations.map(({ location }) => location.name).join(", "),
  ];
  const description = pageDescription(`${facts.filter(Boolean).join(" · ")}. ${texts.summary}`);
  const portal = await portalTexts(settings);
  return {
    ...publicPageMetadata({
      locale,
      path: `/projects/${project.slug}`,
      title: texts.name,
      description,
      portalTitle: portal.title,
      type: "article",
      // A withdrawn call keeps its page but has no picture of its own (only published calls do).
      image:
        project.status === "PUBLISHED"
          ? { path: projectShareImagePath(project.slug!, project.updatedAt), alt: texts.name }
          : undefined,
    }),
    // A withdrawn call keeps its page for old links, but search engines should no longer send investors to it.
    ...(project.status === "ARCHIVED" ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function ProjectPage({ params }: PageProps<"/projects/[slug]">) {
  const project = await getPublicProjectPage((await params).slug);
  if (!project) notFound();
  const [settings, locale, common, catalogue] = await Promise.all([
    getSiteSettings(),
    getLocale(),
    getTranslations("common"),
    getTranslations("catalogue"),
  ]);
  const path = localHref(locale, `/projects/${project.slug}`);
  return (
    <>
      <JsonLd
        data={breadcrumbList(
          [
            { name: common("breadcrumbHome"), path: localHref(locale, "/") },
            { name: catalogue("title"), path: localHref(locale, "/projects") },
            { name: projectTexts(locale, project).name, path },
          ],
          portalLink,
        )}
      />
      <JsonLd data={projectStructuredData({ ...project, slug: project.slug! }, settings, portalLink)} />
      <ProjectTemplateView project={project} pageUrl={portalLink(path)} settings={settings} />
    </>
  );
}
