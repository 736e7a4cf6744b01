import { quarterLabel, type Quarter } from "@/lib/reports/quarter";
import { recentQuarters } from "@/lib/reports/period-param";

/** A plain GET form: the chosen quarter lives in the URL. */
export function QuarterPicker({ period }: { period: Quarter }) {
  const value = `${period.year}-${period.quarter}`;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      <div>
        <label htmlFor="quarter-picker" className="block text-sm font-medium text-slate-700">
          Quý báo cáo
        </label>
        <select
          id="quarter-picker"
          name="period"
          defaultValue={value}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {recentQuarters().map((quarter) => (
            <option key={`${quarter.year}-${quarter.quarter}`} value={`${quarter.year}-${quarter.quarter}`}>
              {quarterLabel(quarter)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
      >
        Xem
      </button>
    </form>
  );
}
