import Link from "next/link";
import { formatDateTime } from "@/lib/format/date";
import type { getUnitReport } from "@/lib/reports/quarterly-reports";
import { quarterLabel, type Quarter } from "@/lib/reports/quarter";
import { DeadlineNote } from "./deadline-note";
import { PrintButton } from "./print-button";
import { QuarterPicker } from "./quarter-picker";
import { PortalFigures, ReportReadout } from "./report-readout";
import { StateBadge } from "./state-badge";

type UnitReport = NonNullable<Awaited<ReturnType<typeof getUnitReport>>>;

/** One unit's quarterly report as Sở TT&TT reads it, opened from the compliance board. */
export function UnitReportOverseerView({ unit, period }: { unit: UnitReport; period: Quarter }) {
  const { report, state } = unit;
  return (
    <>
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600 print:hidden">
        <Link href={`/reports?period=${period.year}-${period.quarter}`} className="underline hover:text-brand-800">
          Tình hình báo cáo {quarterLabel(period, true)}
        </Link>{" "}
        › {unit.organization.name}
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">
        {unit.organization.name} – báo cáo {quarterLabel(period, true)}
      </h1>
      <DeadlineNote period={period} className="mt-1 text-slate-700" />
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <QuarterPicker period={period} />
        <PrintButton />
      </div>
      <p className="mt-4 flex flex-wrap items-center gap-2 text-slate-800">
        <StateBadge state={state} />
        {report?.submittedAt ? <span>Gửi lúc {formatDateTime(report.submittedAt)}</span> : null}
        {state === "draft" ? <span>Đơn vị đang soạn, chưa gửi báo cáo.</span> : null}
        {state === "missing" ? <span>Đơn vị chưa bắt đầu báo cáo quý này.</span> : null}
      </p>
      <section aria-labelledby="so-lieu" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="so-lieu" className="font-bold text-brand-900">
          Số liệu từ cổng thông tin{report ? " (chốt khi gửi)" : " (tự động cập nhật)"}
        </h2>
        <PortalFigures figures={unit.figures} />
      </section>
      {report ? (
        <section aria-labelledby="don-vi-bao-cao" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="don-vi-bao-cao" className="mb-4 font-bold text-brand-900">
            Nội dung đơn vị báo cáo
          </h2>
          <ReportReadout report={report} />
        </section>
      ) : null}
    </>
  );
}
