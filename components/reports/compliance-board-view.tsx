import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import { STATE_LABELS } from "@/lib/reports/compliance-csv";
import { complianceBoard, type ComplianceRow, type ComplianceState } from "@/lib/reports/quarterly-reports";
import { quarterLabel, type Quarter } from "@/lib/reports/quarter";
import { formatFigure } from "@/lib/reports/report-figure-labels";
import { DeadlineNote } from "./deadline-note";
import { PrintButton } from "./print-button";
import { QuarterPicker } from "./quarter-picker";
import { StateBadge } from "./state-badge";

/** The board's few figures per unit; the unit's page has the rest. */
const COLUMNS = [
  { label: "Dự án công bố", value: (row: ComplianceRow) => row.figures?.published },
  { label: "Quá hạn xác nhận", value: (row: ComplianceRow) => row.figures?.staleAtEnd },
  { label: "Lượt quan tâm", value: (row: ComplianceRow) => row.figures?.enquiries },
  {
    label: "Trả lời sau (giờ, trung vị)",
    value: (row: ComplianceRow) => (row.figures ? formatFigure("medianReplyHours", row.figures) : undefined),
  },
  { label: "Tin, bài", value: (row: ComplianceRow) => row.report?.newsPosted },
];

export async function ComplianceBoardView({ user, period }: { user: CurrentUser; period: Quarter }) {
  const rows = await complianceBoard(user, period);
  const totals = (Object.keys(STATE_LABELS) as ComplianceState[]).map((state) => ({
    state,
    count: rows.filter((row) => row.state === state).length,
  }));
  const query = `period=${period.year}-${period.quarter}`;
  const unitHref = (row: ComplianceRow) => `/reports/units/${row.organization.code}?${query}`;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Tình hình báo cáo quý của các đơn vị – {quarterLabel(period)}</h1>
      <DeadlineNote period={period} className="mt-1 text-slate-700" />
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <QuarterPicker period={period} />
        <Link
          href={`/reports/export?${query}`}
          prefetch={false}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 print:hidden"
        >
          Tải CSV (dấu phẩy)
        </Link>
        <Link
          href={`/reports/export?${query}&separator=semicolon`}
          prefetch={false}
          className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
        >
          Tải CSV cho Excel (dấu chấm phẩy)
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

      {/* Phones: one card per unit, so nothing scrolls sideways and names wrap as sentences. */}
      <ul
        aria-label={`Tình trạng nộp báo cáo ${quarterLabel(period, true)} của từng đơn vị`}
        className="mt-6 space-y-3 md:hidden print:hidden"
      >
        {rows.map((row) => (
          <li key={row.organization.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <Link href={unitHref(row)} className="font-semibold text-brand-800 underline [overflow-wrap:anywhere]">
                {row.organization.name}
              </Link>
              <StateBadge state={row.state} />
            </div>
            {row.report?.submittedAt ? (
              <>
                <p className="mt-1 text-sm text-slate-600">Nộp lúc {formatDateTime(row.report.submittedAt)}</p>
                <dl className="mt-3 grid grid-cols-3 gap-2 text-center text-sm">
                  {COLUMNS.map((column) => (
                    <div key={column.label} className="rounded-md bg-slate-50 p-2">
                      <dt className="text-xs text-slate-600">{column.label}</dt>
                      <dd className="font-bold text-slate-900">{column.value(row) ?? "—"}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-600">
                {row.state === "draft" ? "Đơn vị đang soạn, chưa gửi." : "Chưa có báo cáo."}
              </p>
            )}
          </li>
        ))}
      </ul>

      <div className="mt-6 hidden rounded-lg border border-slate-200 bg-white md:block print:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Tình trạng nộp báo cáo {quarterLabel(period, true)} của từng đơn vị</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Đơn vị
              </th>
              <th scope="col" className="px-3 py-2">
                Tình trạng
              </th>
              <th scope="col" className="px-3 py-2">
                Thời điểm nộp
              </th>
              {COLUMNS.map((column) => (
                <th key={column.label} scope="col" className="px-3 py-2 text-right">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.organization.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={unitHref(row)} className="text-brand-800 underline hover:text-brand-900">
                    {row.organization.name}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <StateBadge state={row.state} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {row.report?.submittedAt ? formatDateTime(row.report.submittedAt) : "—"}
                </td>
                {COLUMNS.map((column) => (
                  <td key={column.label} className="px-3 py-2 text-right">
                    {column.value(row) ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
