import type { Metadata } from "next";
import Link from "next/link";
import { MergeForm } from "@/components/admin/merge-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listReferenceForAdmin } from "@/lib/reference/manage-reference";
import { mergePreview } from "@/lib/reference/merge-reference";
import { isReferenceKind, REFERENCE_KIND_LABELS } from "@/lib/reference/reference-kinds";

export const metadata: Metadata = { title: "Gộp danh mục" };

export default async function MergePage({ searchParams }: PageProps<"/admin/reference/merge">) {
  const admin = await requirePagePermission("admin:manage", "/admin/reference/merge");
  const params = await searchParams;
  const kind = isReferenceKind(params.kind) ? params.kind : "sector";
  const ids = (Array.isArray(params.ids) ? params.ids : params.ids ? [params.ids] : []).slice(0, 50);
  const [preview, rows] = await Promise.all([mergePreview(admin, kind, ids), listReferenceForAdmin(admin, kind)]);
  const labels = REFERENCE_KIND_LABELS[kind];
  const targets = rows.filter((row) => row.active && !row.mergedInto && !preview.sources.some((source) => source.id === row.id));
  const back = `/admin/reference?kind=${kind}`;

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={back} className="text-brand-700 underline">
          ‹ {labels.plural}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Gộp {labels.singular}</h1>
      {preview.sources.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Chưa chọn mục nào để gộp.{" "}
          <Link href={back} className="font-semibold text-brand-800 underline">
            Quay lại danh mục để chọn
          </Link>
          .
        </p>
      ) : (
        <>
          <section aria-labelledby="se-gop" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="se-gop" className="font-semibold text-brand-900">
              Các mục sẽ được gộp ({preview.sources.length})
            </h2>
            <ul className="mt-2 list-disc pl-5">
              {preview.sources.map((source) => (
                <li key={source.id}>
                  {source.name} <span className="font-mono text-sm text-slate-600">({source.code})</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-slate-800">
              <strong>{preview.projectCount}</strong> hồ sơ dự án (trong đó {preview.publishedCount} đang công bố) sẽ chuyển sang
              mục đích. Các mục trên ngừng dùng; liên kết cũ có mã của chúng tự chuyển đến mục đích.
            </p>
          </section>
          <MergeForm
            kind={kind}
            sourceIds={preview.sources.map((source) => source.id)}
            targets={targets.map(({ id, name, code }) => ({ id, name, code }))}
          />
        </>
      )}
    </div>
  );
}
