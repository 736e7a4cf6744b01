import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/filter-select";
import { ProjectComparison } from "@/components/compare/project-comparison";
import { COMPARE_PARAM, MAX_COMPARED } from "@/lib/compare/compare-names";
import { compareHref, compareQuerySchema } from "@/lib/compare/compare-query";
import { getComparedProjects } from "@/lib/compare/compared-projects";
import { pageDescription } from "@/lib/seo/page-description";
import { PORTAL_SHARE_IMAGE_PATH, socialMetadata } from "@/lib/seo/social-metadata";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { portalTitle } from "@/lib/settings/site-settings-defaults";

const TITLE = "So sánh dự án";

export async function generateMetadata({ searchParams }: PageProps<"/so-sanh">): Promise<Metadata> {
  const { slugs } = compareQuerySchema.parse((await searchParams)[COMPARE_PARAM]);
  const [{ projects }, settings] = await Promise.all([getComparedProjects(slugs), getSiteSettings()]);
  const description =
    projects.length > 0
      ? pageDescription(`So sánh theo từng mục của mẫu thông tin dự án: ${projects.map((project) => project.name).join("; ")}.`)
      : `So sánh tối đa ${MAX_COMPARED} dự án kêu gọi đầu tư theo từng mục của mẫu thông tin dự án.`;
  return {
    title: TITLE,
    description,
    // Every choice of projects is its own address: worth sharing, not worth indexing.
    robots: { index: false, follow: true },
    // Shared, the link names the published projects it compares (and only those).
    ...socialMetadata({
      title: TITLE,
      description,
      path: compareHref(projects.map((project) => project.slug!)),
      siteName: portalTitle(settings),
      image: { path: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) },
    }),
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/so-sanh">) {
  const { slugs, beyondLimit } = compareQuerySchema.parse((await searchParams)[COMPARE_PARAM]);
  const { projects, missing } = await getComparedProjects(slugs);
  return (
    <>
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href="/projects" className="underline hover:text-brand-700">
          Dự án kêu gọi đầu tư
        </Link>{" "}
        › So sánh
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">So sánh dự án</h1>
      <p className="mt-1 text-slate-600">
        Từng mục của mẫu thông tin dự án, cạnh nhau. Gửi địa chỉ trang này để người khác xem cùng bảng so sánh.
      </p>
      {beyondLimit > 0 || missing > 0 ? (
        <ul className="mt-4 space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {beyondLimit > 0 ? (
            <li>
              Chỉ so sánh được tối đa {MAX_COMPARED} dự án cùng lúc: {beyondLimit} dự án chọn sau không được đưa vào.
            </li>
          ) : null}
          {missing > 0 ? <li>{missing} dự án trong đường dẫn không còn được công bố hoặc không tồn tại.</li> : null}
        </ul>
      ) : null}
      {projects.length === 0 ? (
        <EmptyState>
          Chưa có dự án nào để so sánh. Trong{" "}
          <Link href="/projects" className="text-brand-700 underline">
            danh mục dự án
          </Link>
          , đánh dấu “So sánh” ở tối đa {MAX_COMPARED} dự án rồi chọn “So sánh các dự án đã chọn”.
        </EmptyState>
      ) : (
        <>
          {projects.length === 1 ? (
            <p className="mt-4 text-sm text-slate-700">
              Mới có một dự án.{" "}
              <Link href="/projects" className="text-brand-700 underline">
                Chọn thêm dự án trong danh mục
              </Link>{" "}
              để so sánh.
            </p>
          ) : null}
          <ProjectComparison projects={projects} />
        </>
      )}
    </>
  );
}
