import Link from "next/link";
import { formatDateTime } from "@/lib/format/date";
import { STATE_LABELS } from "@/lib/reports/compliance-csv";
import { complianceBoard, type ComplianceState } from "@/lib/reports/quarterly-reports";
import { quarterLabel, reportDeadline, type Quarter } from "@/lib/reports/quarter";
import { PrintButton } from "./print-button";
import { QuarterPicker } from "./quarter-picker";

const STATE_STYLES: Record<ComplianceState, string> = {
  "on-time": "bg-emerald-100 text-emerald-900",
  late: "bg-amber-100 text-amber-900",
  draft: "bg-slate-100 text-slate-800",
  missing: "bg-red-100 text-red-900",
};

export async function ComplianceBoardView({ period }: { period: Quarter }) {
  const rows = await complianceBoard(period);
  const totals = (Object.keys(STATE_LABELS) as ComplianceState[]).map((state) => ({
    state,
    count: rows.filter((row) => row.state === state).length,
  }));
  const query = `period=${period.year}-${period.quarter}`;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Tình hình báo cáo quý của các đơn vị – {quarterLabel(period)}</h1>
      <p className="mt-1 text-slate-600">Hạn nộp: 23:59 ngày {formatDateTime(reportDeadline(period)).slice(0, 10)} (giờ Việt Nam).</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <QuarterPicker period={period} />
        <Link href={`/reports/export?${query}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 print:hidden">
          Tải CSV
        </Link>
        <PrintButton />
      </div>
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {totals.map((total) => (
          <div key={total.state} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{STATE_LABELS[total.state]}</dt>
            <dd className="text-2xl font-bold text-brand-900">{total.count}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Tình trạng nộp báo cáo {quarterLabel(period)} của từng đơn vị</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Đơn vị</th>
              <th scope="col" className="px-3 py-2">Tình trạng</th>
              <th scope="col" className="px-3 py-2">Thời điểm nộp</th>
              <th scope="col" className="px-3 py-2 text-right">Dự án công bố</th>
              <th scope="col" className="px-3 py-2 text-right">Quá hạn xác nhận</th>
              <th scope="col" className="px-3 py-2 text-right">Tin, bài</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.organization.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{row.organization.name}</th>
                <td className="px-3 py-2">
                  <span className={`rounded-full px-2 py-0.5 font-medium ${STATE_STYLES[row.state]}`}>{STATE_LABELS[row.state]}</span>
                </td>
                <td className="px-3 py-2">{row.report?.submittedAt ? formatDateTime(row.report.submittedAt) : "—"}</td>
                <td className="px-3 py-2 text-right">{row.figures?.published ?? "—"}</td>
                <td className="px-3 py-2 text-right">{row.figures?.staleAtEnd ?? "—"}</td>
                <td className="px-3 py-2 text-right">{row.report?.status === "SUBMITTED" ? row.report.newsPosted : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
