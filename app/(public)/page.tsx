import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ProjectCard } from "@/components/catalogue/project-card";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { getCatalogueOverview } from "@/lib/catalogue/catalogue-overview";
import { formatCapital, formatNumber } from "@/lib/format/money";
import { PORTAL_SHARE_IMAGE_PATH, socialMetadata } from "@/lib/seo/social-metadata";
import { portalOrganization } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { portalDescription, portalTitle } from "@/lib/settings/site-settings-defaults";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    alternates: { canonical: "/" },
    ...socialMetadata({
      title: portalTitle(settings),
      description: portalDescription(settings),
      path: "/",
      siteName: portalTitle(settings),
      image: { path: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) },
    }),
  };
}

export default async function HomePage() {
  // Rendered per request: the counts change as soon as a project is published.
  await connection();
  const [overview, settings] = await Promise.all([getCatalogueOverview(), getSiteSettings()]);
  const stats = [
    { label: "dự án đang kêu gọi đầu tư", value: formatNumber(overview.projectCount) },
    { label: "tổng vốn đầu tư dự kiến", value: formatCapital(overview.totalCapitalVnd) },
    { label: "địa bàn có dự án", value: formatNumber(overview.locationCount) },
  ];
  return (
    <>
      <JsonLd data={portalOrganization(settings, portalLink)} />
      <section className="rounded-xl bg-gradient-to-br from-brand-800 to-brand-600 px-5 py-8 text-white sm:px-10 sm:py-12">
        <h1 className="max-w-3xl text-2xl font-bold leading-tight sm:text-4xl">Cơ hội đầu tư tại {settings.provinceName}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Danh mục dự án kêu gọi đầu tư do các sở, ban, ngành và UBND các cấp đề xuất, được {settings.editorialBoardName} kiểm
          duyệt và công bố theo mẫu thống nhất.
        </p>
        <form action="/projects" method="get" role="search" className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-q" className="sr-only">
            Tìm dự án theo từ khóa
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Tìm dự án: cảng, du lịch, điện gió…"
            className="w-full rounded-md border-0 bg-white px-4 py-3 text-slate-900 placeholder:text-slate-500"
          />
          <button
            type="submit"
            className="shrink-0 whitespace-nowrap rounded-md bg-flag-600 px-5 py-3 font-semibold text-white hover:bg-red-700"
          >
            Tìm kiếm
          </button>
        </form>
      </section>

      <section aria-label="Số liệu" className="mt-6 grid gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-2xl font-bold text-brand-800">{stat.value}</p>
            <p className="text-sm text-slate-600">{stat.label}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="nganh" className="mt-10">
        <h2 id="nganh" className="text-xl font-bold text-brand-900">
          Theo ngành, lĩnh vực
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {overview.sectors.map((sector) => (
            <li key={sector.code}>
              <Link
                href={`/projects?sector=${sector.code}`}
                className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand-600"
              >
                <span className="font-medium text-slate-800">{sector.name}</span>
                <span className="shrink-0 rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-semibold text-brand-800">
                  {formatNumber(sector.count)}
                  <span className="sr-only"> dự án</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="moi-nhat" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="moi-nhat" className="text-xl font-bold text-brand-900">
            Dự án mới công bố
          </h2>
          <Link href="/projects" className="text-sm font-medium text-brand-700 underline">
            Xem tất cả dự án
          </Link>
        </div>
        {overview.latest.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            Chưa có dự án nào được công bố.
          </p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {overview.latest.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
