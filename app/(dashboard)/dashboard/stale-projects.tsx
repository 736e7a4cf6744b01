import Link from "next/link";
import { ConfirmCurrentButton } from "@/components/dashboard/confirm-current-button";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format/date";
import type { StaleProject } from "@/lib/projects/confirm-project";

/** Published projects not confirmed within the period, each with "confirm" and "update". */
export function StaleProjects({ stale }: { stale: StaleProject[] }) {
  if (stale.length === 0) return null;
  return (
    <section aria-labelledby="can-xac-nhan" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="can-xac-nhan" className="font-bold text-amber-900">
        Cần xác nhận thông tin ({stale.length})
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Các dự án dưới đây đã hơn {env.FRESHNESS_PERIOD_DAYS} ngày chưa được xác nhận. Nhà đầu tư thấy cảnh báo “thông tin có thể
        đã cũ” trên trang dự án cho đến khi đơn vị xác nhận hoặc cập nhật.
      </p>
      <ul className="mt-3 space-y-3">
        {stale.map((project) => (
          <li
            key={project.id}
            className="flex flex-col gap-2 rounded-md bg-white p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <Link href={`/projects/${project.slug}`} className="font-medium text-brand-800 underline">
                {project.name}
              </Link>
              <span className="block text-sm text-slate-600">Xác nhận lần cuối {formatDate(project.confirmedAt)}</span>
            </span>
            <span className="flex items-center gap-3">
              <ConfirmCurrentButton projectId={project.id} version={project.version} name={project.name} />
              <Link href={`/dashboard/projects/${project.id}`} className="text-sm font-medium text-brand-700 underline">
                Cập nhật<span className="sr-only"> dự án {project.name}</span>
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
