import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import { getOwnReport } from "@/lib/reports/quarterly-reports";
import { isOnTime, quarterLabel, type Quarter } from "@/lib/reports/quarter";
import { DeadlineNote } from "./deadline-note";
import { QuarterPicker } from "./quarter-picker";
import { PortalFigures, ReportReadout } from "./report-readout";
import { ReportForm } from "./report-form";

export async function UnitReportView({ user, period }: { user: CurrentUser; period: Quarter }) {
  const { report, figures } = await getOwnReport(user, period);
  const submittedAt = report?.status === "SUBMITTED" ? report.submittedAt : null;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Báo cáo hoạt động cổng thông tin – {quarterLabel(period)}</h1>
      <p className="mt-1 text-slate-600">{user.organizationName}</p>
      <DeadlineNote period={period} className="mt-1 text-slate-700" />
      <div className="mt-4">
        <QuarterPicker period={period} />
      </div>
      <section aria-labelledby="so-lieu" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="so-lieu" className="font-bold text-brand-900">
          Số liệu từ cổng thông tin{submittedAt ? " (chốt khi gửi)" : " (tự động cập nhật)"}
        </h2>
        <PortalFigures figures={figures} />
      </section>
      {report && submittedAt ? (
        <section aria-labelledby="da-gui" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="da-gui" className="mb-4 font-bold text-brand-900">
            Báo cáo đã gửi lúc {formatDateTime(submittedAt)} –{" "}
            {isOnTime(submittedAt, period) ? (
              <span className="text-emerald-800">đúng hạn</span>
            ) : (
              <span className="text-red-700">trễ hạn</span>
            )}
          </h2>
          <ReportReadout report={report} />
        </section>
      ) : (
        <ReportForm
          key={`${period.year}-${period.quarter}`}
          period={period}
          figures={figures}
          initial={{
            year: period.year,
            quarter: period.quarter,
            newsPosted: report?.newsPosted ?? "",
            documentsPublished: report?.documentsPublished ?? "",
            promotionItems: report?.promotionItems ?? "",
            difficulties: report?.difficulties ?? "",
            proposals: report?.proposals ?? "",
          }}
        />
      )}
    </>
  );
}
