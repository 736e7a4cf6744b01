import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { ReferenceAddForm } from "@/components/admin/reference-add-form";
import { ReferenceRowActions } from "@/components/admin/reference-row-actions";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listReferenceForAdmin } from "@/lib/reference/manage-reference";
import { hasEnglishName, isReferenceKind, REFERENCE_KIND_LABELS, REFERENCE_KINDS } from "@/lib/reference/reference-kinds";

export const metadata: Metadata = { title: "Danh mục" };

export default async function ReferencePage({ searchParams }: PageProps<"/admin/reference">) {
  const admin = await requirePagePermission("admin:manage", "/admin/reference");
  const params = await searchParams;
  const kind = isReferenceKind(params.kind) ? params.kind : "sector";
  const merged = typeof params.merged === "string" ? params.merged : undefined;
  const rows = await listReferenceForAdmin(admin, kind);
  const ordered = rows.filter((row) => !row.mergedInto);
  const mergedAway = rows.filter((row) => row.mergedInto);
  const labels = REFERENCE_KIND_LABELS[kind];

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Danh mục</h1>
      <p className="mt-1 text-slate-600">
        Ngành, địa bàn và hình thức đầu tư dùng khi lập hồ sơ và khi lọc danh mục dự án. Thay đổi hiện trên trang công khai ngay.
      </p>
      <nav aria-label="Loại danh mục" className="mt-4 flex flex-wrap gap-2">
        {REFERENCE_KINDS.map((value) => (
          <Link
            key={value}
            href={`/admin/reference?kind=${value}`}
            aria-current={value === kind ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-4 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {REFERENCE_KIND_LABELS[value].plural}
          </Link>
        ))}
      </nav>
      {merged ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Đã gộp. Các dự án đã chuyển sang mục “{rows.find((row) => row.code === merged)?.name ?? merged}”; liên kết cũ tự chuyển
          đến mục mới.
        </p>
      ) : null}

      <ReferenceAddForm key={kind} kind={kind} />

      <h2 className="mt-6 text-lg font-bold text-brand-900">{labels.plural}</h2>
      <p className="text-sm text-slate-600">
        Để gộp (ví dụ nhiều huyện thành một đơn vị hành chính mới), đánh dấu các mục cần gộp rồi bấm “Gộp các mục đã chọn”.
      </p>
      {ordered.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Danh mục còn trống.
        </p>
      ) : (
        <>
          <form id="merge-form" method="get" action="/admin/reference/merge">
            <input type="hidden" name="kind" value={kind} />
          </form>
          <ol aria-label={labels.plural} className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {ordered.map((row, index) => (
              <li key={row.id} className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    form="merge-form"
                    name="ids"
                    value={row.id}
                    id={`merge-${row.id}`}
                    aria-label={`Chọn “${row.name}” để gộp`}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <div>
                    <span className="font-medium text-slate-900">{row.name}</span>{" "}
                    {row.active ? null : <Badge tone="slate">Ngừng dùng</Badge>}
                    <span className="block text-sm text-slate-600">
                      mã <span className="font-mono">{row.code}</span> · {row.projectCount} hồ sơ
                    </span>
                    {hasEnglishName(kind) ? (
                      <span className="block text-sm text-slate-600">
                        Tiếng Anh:{" "}
                        {row.nameEn ? (
                          <span lang="en" className="text-slate-900">
                            {row.nameEn}
                          </span>
                        ) : (
                          <em>chưa có (trang tiếng Anh dùng tên tiếng Việt)</em>
                        )}
                      </span>
                    ) : null}
                  </div>
                </div>
                <ReferenceRowActions kind={kind} entry={row} first={index === 0} last={index === ordered.length - 1} />
              </li>
            ))}
          </ol>
          <button
            type="submit"
            form="merge-form"
            className="mt-3 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Gộp các mục đã chọn…
          </button>
        </>
      )}

      {mergedAway.length > 0 ? (
        <section aria-labelledby="da-gop" className="mt-8">
          <h2 id="da-gop" className="text-lg font-bold text-brand-900">
            Đã gộp
          </h2>
          <p className="text-sm text-slate-600">
            Mã cũ vẫn dùng được trong liên kết: trang danh mục dự án tự chuyển sang mục mới.
          </p>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {mergedAway.map((row) => (
              <li key={row.id} className="p-3 text-sm">
                <span className="font-medium">{row.name}</span> <span className="font-mono text-slate-600">({row.code})</span> →{" "}
                {row.mergedInto!.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
