import { TRANSLATION_FIELD_KEYS, templateField } from "@/lib/template/fields";

/**
 * The unit's English name and summary, which the Vietnamese template above leaves out: the board
 * approves what the English pages will publish too, so it reads them here.
 */
export function EnglishTextSection({ project }: { project: Record<string, unknown> }) {
  return (
    <section aria-labelledby="tieng-anh" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="tieng-anh" className="text-lg font-bold text-brand-900">
        Bản tiếng Anh do đơn vị cung cấp
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Hiện trên các trang tiếng Anh của cổng. Mục để trống: trang tiếng Anh hiển thị bản tiếng Việt, kèm ghi chú “Available in
        Vietnamese only”.
      </p>
      <dl className="mt-3">
        {TRANSLATION_FIELD_KEYS.map((key) => {
          const field = templateField(key);
          const value = "column" in field ? project[field.column] : null;
          return (
            <div key={key} className="border-t border-slate-100 py-3 sm:grid sm:grid-cols-[16rem_1fr] sm:gap-4">
              <dt className="font-medium text-slate-700">{field.label}</dt>
              <dd className="mt-1 whitespace-pre-line text-slate-900 [overflow-wrap:anywhere] sm:mt-0">
                {typeof value === "string" && value !== "" ? (
                  <span lang="en">{value}</span>
                ) : (
                  <em className="text-slate-600">Không có</em>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
