import Link from "next/link";
import type { ProjectSummary } from "@/lib/catalogue/search-catalogue";
import { formatDate } from "@/lib/format/date";
import { formatCapital } from "@/lib/format/money";

function excerpt(text: string, length = 220): string {
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, "")}…` : text;
}

export function ProjectCard({ project, headingLevel = 3 }: { project: ProjectSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locations = project.locations
    .map(({ location }) => location)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((location) => location.name)
    .join(", ");
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600 sm:p-5">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-brand-700">{project.sector?.name}</p>
      <Heading className="text-lg font-semibold leading-snug text-slate-900 [overflow-wrap:anywhere]">
        <Link href={`/projects/${project.slug}`} className="hover:text-brand-700 hover:underline">
          {project.name}
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-slate-600 [overflow-wrap:anywhere]">{excerpt(project.objectives)}</p>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-500">Vốn dự kiến: </dt>
          <dd className="inline font-semibold text-slate-900">{formatCapital(project.capitalVnd)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Hình thức: </dt>
          <dd className="inline">{project.investmentForm?.name}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline text-slate-500">Địa điểm: </dt>
          <dd className="inline">{locations}</dd>
        </div>
      </dl>
      <p className="mt-auto pt-3 text-xs text-slate-500">
        {project.unitName} · Công bố {formatDate(project.publishedAt)}
      </p>
    </article>
  );
}
