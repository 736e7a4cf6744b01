import { formatDateTime } from "@/lib/format/date";
import { REVISION_ACTION_LABELS, type ProjectHistory } from "@/lib/projects/project-history";
import { STATUS_LABELS } from "@/lib/projects/project-status";

/** Who moved the project from what to what, when, and why — for the unit and the Editorial Board. */
function ProjectHistoryList({ history }: { history: ProjectHistory }) {
  if (history.length === 0) return <p className="text-sm text-slate-600">Chưa có thay đổi trạng thái nào.</p>;
  return (
    <ol className="space-y-3">
      {history.map((event) => (
        <li key={event.id} className="border-l-4 border-brand-100 pl-3 text-sm">
          <p className="text-slate-900">
            <strong>
              {event.toStatus ? STATUS_LABELS[event.toStatus] : (REVISION_ACTION_LABELS[event.action] ?? event.action)}
            </strong>
            {event.fromStatus ? <span className="text-slate-600"> (từ {STATUS_LABELS[event.fromStatus]})</span> : null}
          </p>
          <p className="text-slate-600">
            {formatDateTime(event.createdAt)} · {event.actor?.name ?? "Hệ thống"}
            {event.actor?.organization ? ` – ${event.actor.organization.name}` : ""}
          </p>
          {event.comment ? (
            <p className="mt-1 whitespace-pre-line text-slate-800 [overflow-wrap:anywhere]">“{event.comment}”</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The history as a titled section, the same for the unit and the Editorial Board. */
export function ProjectHistorySection({ history, className = "" }: { history: ProjectHistory; className?: string }) {
  return (
    <section aria-labelledby="lich-su" className={`rounded-lg border border-slate-200 bg-white p-4 ${className}`}>
      <h2 id="lich-su" className="mb-3 text-lg font-bold text-brand-900">
        Lịch sử xử lý
      </h2>
      <ProjectHistoryList history={history} />
    </section>
  );
}
