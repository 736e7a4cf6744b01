import type { FieldChange } from "@/lib/review/revision-diff";

/** Field-by-field changes, old text struck through beside the new, in the template's order. */
export function FieldChangesTable({
  changes,
  beforeLabel,
  afterLabel,
}: {
  changes: FieldChange[];
  beforeLabel: string;
  afterLabel: string;
}) {
  if (changes.length === 0) return <p className="mt-3 text-sm text-slate-700">Không có trường nào thay đổi.</p>;
  return (
    <table className="mt-3 w-full table-fixed border-collapse text-sm">
      <thead>
        <tr className="text-left text-slate-700">
          <th scope="col" className="w-1/4 border-b border-amber-200 py-2 pr-2">
            Mục
          </th>
          <th scope="col" className="border-b border-amber-200 py-2 pr-2">
            {beforeLabel}
          </th>
          <th scope="col" className="border-b border-amber-200 py-2">
            {afterLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className="align-top">
            <th
              scope="row"
              className="border-b border-amber-100 py-2 pr-2 text-left font-medium text-slate-800 [overflow-wrap:anywhere]"
            >
              {change.label}
            </th>
            <td className="whitespace-pre-line border-b border-amber-100 py-2 pr-2 text-slate-600 line-through [overflow-wrap:anywhere]">
              {change.before || "—"}
            </td>
            <td className="whitespace-pre-line border-b border-amber-100 py-2 font-medium text-slate-900 [overflow-wrap:anywhere]">
              {change.after || "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
