import Link from "next/link";
import { ItemValue, requestTemplateWords } from "@/components/catalogue/project-template-sections";
import type { PublishedProject } from "@/lib/catalogue/public-project-page";
import { compareHref } from "@/lib/compare/compare-query";
import { TEMPLATE_SECTIONS, itemHeading, itemsOfSection, type SectionKey } from "@/lib/template/fields";

/**
 * The projects side by side, one column each, one row per line of the template in the letter's order,
 * so the same question is answered across a row. On a phone the table scrolls inside its own frame,
 * with the template's labels kept in view.
 */
export async function ProjectComparison({ projects }: { projects: PublishedProject[] }) {
  const slugs = projects.map((project) => project.slug!);
  const words = await requestTemplateWords();
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Bảng so sánh (cuộn ngang trên màn hình nhỏ)"
      className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-600"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">So sánh {projects.length} dự án theo từng mục của mẫu thông tin dự án</caption>
        <thead>
          <tr className="bg-slate-50 align-top">
            <th
              scope="col"
              className="sticky left-0 z-10 min-w-32 bg-slate-50 p-3 text-left font-semibold text-slate-700 sm:min-w-56"
            >
              Mục
            </th>
            {projects.map((project) => (
              <th key={project.id} scope="col" className="min-w-56 p-3 text-left font-normal">
                <span className="block text-xs font-semibold uppercase tracking-wide text-brand-700">{project.sector?.name}</span>
                <Link
                  href={`/projects/${project.slug}`}
                  className="mt-1 block text-base font-semibold text-slate-900 underline [overflow-wrap:anywhere] hover:text-brand-700"
                >
                  {project.name}
                </Link>
                <Link
                  href={compareHref(slugs.filter((slug) => slug !== project.slug))}
                  aria-label={`Bỏ khỏi so sánh: ${project.name}`}
                  className="mt-2 inline-block text-xs text-slate-600 underline hover:text-brand-700 print:hidden"
                >
                  Bỏ khỏi so sánh
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {(Object.keys(TEMPLATE_SECTIONS) as SectionKey[]).map((section) => (
          <tbody key={section} className="divide-y divide-slate-100 border-t border-slate-200">
            <tr>
              <th scope="colgroup" colSpan={projects.length + 1} className="bg-brand-50 p-3 text-left font-bold text-brand-900">
                {TEMPLATE_SECTIONS[section].title}
              </th>
            </tr>
            {itemsOfSection(section).map((item) => (
              <tr key={item.kind === "field" ? item.key : item.group} className="align-top">
                <th scope="row" className="sticky left-0 bg-white p-3 text-left font-medium text-slate-700">
                  {itemHeading(item)}
                </th>
                {projects.map((project) => (
                  <td key={project.id} className="whitespace-pre-line p-3 text-slate-900 [overflow-wrap:anywhere]">
                    <ItemValue project={project} item={item} words={words} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
