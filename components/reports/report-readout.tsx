import {
  ENQUIRY_FIGURE_NOTE,
  FIGURE_KEYS,
  FIGURE_LABELS,
  STALE_FIGURE_NOTE,
  formatFigure,
  type ReportFigures,
} from "@/lib/reports/report-figure-labels";
import { UNIT_COUNT_KEYS, UNIT_FIELD_LABELS } from "@/lib/reports/report-schema";

export interface UnitReportPart {
  newsPosted: number | null;
  documentsPublished: number | null;
  promotionItems: number | null;
  difficulties: string;
  proposals: string;
}

/** The portal's own figures for the unit's quarter. */
export function PortalFigures({ figures }: { figures: ReportFigures }) {
  return (
    <>
      <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {FIGURE_KEYS.map((key) => (
          <div key={key} className="rounded-md bg-brand-50 p-3">
            <dt className="text-sm text-slate-600">{FIGURE_LABELS[key]}</dt>
            <dd className="text-xl font-bold text-brand-900">{formatFigure(key, figures)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">
        {STALE_FIGURE_NOTE} {ENQUIRY_FIGURE_NOTE}
      </p>
    </>
  );
}

/** What the unit wrote, read-only: the preview before sending, the sent report, the admin's view. */
export function ReportReadout({ figures, report }: { figures?: ReportFigures; report: UnitReportPart }) {
  return (
    <div className="space-y-4">
      {figures ? (
        <div>
          <h3 className="font-semibold text-slate-900">Số liệu từ cổng thông tin</h3>
          <PortalFigures figures={figures} />
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold text-slate-900">Số liệu đơn vị báo cáo</h3>
        <dl className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          {UNIT_COUNT_KEYS.map((key) => (
            <div key={key} className="flex items-baseline justify-between gap-4 px-3 py-2">
              <dt className="text-sm text-slate-700">{UNIT_FIELD_LABELS[key]}</dt>
              <dd className="shrink-0 text-lg font-bold text-brand-900">{report[key] ?? "—"}</dd>
            </div>
          ))}
        </dl>
      </div>
      {(["difficulties", "proposals"] as const).map((key) => (
        <div key={key}>
          <h3 className="font-semibold text-slate-900">{UNIT_FIELD_LABELS[key]}</h3>
          <p className="mt-1 whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm text-slate-800 [overflow-wrap:anywhere]">
            {report[key] || "Đơn vị không ghi nội dung."}
          </p>
        </div>
      ))}
    </div>
  );
}
