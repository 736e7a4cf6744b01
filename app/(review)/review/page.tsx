import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { formatDate } from "@/lib/format/date";
import { DECISION_LABELS, DECISIONS, type Decision } from "@/lib/review/decision-schema";
import { listReviewQueue, queueOrganizations } from "@/lib/review/review-queue";
import { templateField } from "@/lib/template/fields";
import { EmptyState, FilterSelect } from "@/components/filter-select";

export const metadata: Metadata = { title: "Hồ sơ chờ duyệt" };

const code = (value: string | string[] | undefined) =>
  typeof value === "string" && /^[a-z0-9-]{1,64}$/.test(value) ? value : undefined;

export default async function ReviewQueuePage({ searchParams }: PageProps<"/review">) {
  const reviewer = await requirePagePermission("review:decide", "/review");
  const params = await searchParams;
  const filters = { sector: code(params.sector), organization: code(params.organization) };
  const [queue, reference, organizations] = await Promise.all([
    listReviewQueue(reviewer, filters),
    getReferenceData(),
    queueOrganizations(reviewer),
  ]);
  const decided = DECISIONS.find((decision) => decision === params.decided) as Decision | undefined;

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Hồ sơ chờ duyệt</h1>
      <p className="mt-1 text-slate-600">Hồ sơ gửi sớm nhất ở trên cùng.</p>
      {decided ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Đã ghi nhận quyết định “{DECISION_LABELS[decided]}”.
        </p>
      ) : null}
      <form
        method="get"
        className="mt-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end"
      >
        <FilterSelect
          id="queue-sector"
          name="sector"
          label={templateField("sectorCode").label}
          value={filters.sector}
          options={reference.sectors.map((sector) => [sector.code, sector.name] as const)}
        />
        <FilterSelect
          id="queue-organization"
          name="organization"
          label="Đơn vị"
          value={filters.organization}
          options={organizations.map((organization) => [organization.code, organization.name] as const)}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Lọc
        </button>
      </form>
      {queue.length === 0 ? (
        <EmptyState>
          Không có hồ sơ nào đang chờ duyệt{filters.sector || filters.organization ? " theo bộ lọc này" : ""}.
        </EmptyState>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {queue.map((item) => {
            const { waitedDays } = item;
            return (
              <li key={item.id} className="p-4">
                <Link href={`/review/${item.id}`} className="font-semibold text-brand-800 underline [overflow-wrap:anywhere]">
                  {item.name || "(Chưa đặt tên)"}
                </Link>
                {item.isRevision ? (
                  <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
                    Cập nhật dự án đã công bố
                  </span>
                ) : null}
                <p className="mt-1 text-sm text-slate-600">
                  {item.organization.name} · {item.sector?.name ?? "Chưa chọn ngành"} · Gửi ngày {formatDate(item.sentAt)} ·{" "}
                  <span className={waitedDays > 7 ? "font-semibold text-red-700" : ""}>
                    {waitedDays === 0 ? "gửi hôm nay" : `đã chờ ${waitedDays} ngày`}
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
