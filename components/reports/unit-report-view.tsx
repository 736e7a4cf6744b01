import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { getOwnReport } from "@/lib/reports/quarterly-reports";
import { isOnTime, quarterLabel, reportDeadline, type Quarter } from "@/lib/reports/quarter";
import { FIGURE_LABELS, type ReportFigures } from "@/lib/reports/report-figures";
import { QuarterPicker } from "./quarter-picker";
import { ReportForm } from "./report-form";

export async function UnitReportView({ user, period }: { user: CurrentUser; period: Quarter }) {
  const { report, figures } = await getOwnReport(user, period);
  const submitted = report?.status === "SUBMITTED" && report.submittedAt;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Báo cáo hoạt động cổng thông tin – {quarterLabel(period)}</h1>
      <p className="mt-1 text-slate-600">
        {user.organizationName} · Hạn nộp: trước hết ngày {formatDate(reportDeadline(period))}
      </p>
      <div className="mt-4">
        <QuarterPicker period={period} />
      </div>
      <section aria-labelledby="so-lieu" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="so-lieu" className="font-bold text-brand-900">
          Số liệu từ cổng thông tin{submitted ? " (chốt khi gửi)" : " (tự động cập nhật)"}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {(Object.keys(FIGURE_LABELS) as (keyof ReportFigures)[]).map((key) => (
            <div key={key} className="rounded-md bg-brand-50 p-3">
              <dt className="text-sm text-slate-600">{FIGURE_LABELS[key]}</dt>
              <dd className="text-xl font-bold text-brand-900">{figures[key]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {submitted ? (
        <section aria-labelledby="da-gui" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="da-gui" className="font-bold text-brand-900">
            Báo cáo đã gửi lúc {formatDateTime(report.submittedAt)} –{" "}
            {isOnTime(report.submittedAt!, period) ? (
              <span className="text-emerald-800">đúng hạn</span>
            ) : (
              <span className="text-red-700">trễ hạn</span>
            )}
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="inline font-medium">Tin, bài đã đăng: </dt>
              <dd className="inline">{report.newsPosted}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Văn bản đã công bố: </dt>
              <dd className="inline">{report.documentsPublished}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Nội dung xúc tiến đầu tư: </dt>
              <dd className="inline">{report.promotionItems}</dd>
            </div>
            <div>
              <dt className="font-medium">Khó khăn, vướng mắc</dt>
              <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{report.difficulties || "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">Đề xuất, kiến nghị</dt>
              <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{report.proposals || "—"}</dd>
            </div>
          </dl>
        </section>
      ) : (
        <ReportForm
          key={`${period.year}-${period.quarter}`}
          initial={{
            year: period.year,
            quarter: period.quarter,
            newsPosted: report?.newsPosted ?? 0,
            documentsPublished: report?.documentsPublished ?? 0,
            promotionItems: report?.promotionItems ?? 0,
            difficulties: report?.difficulties ?? "",
            proposals: report?.proposals ?? "",
          }}
        />
      )}
    </>
  );
}
