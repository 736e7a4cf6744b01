import Link from "next/link";
import { formatDateTime } from "@/lib/format/date";
import { DECISION_NOTICES, type RecentDecision } from "@/lib/projects/recent-decisions";

/** The Editorial Board's decisions on the unit's projects in the last 30 days. */
export function DecisionNotices({ decisions }: { decisions: RecentDecision[] }) {
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="thong-bao" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="thong-bao" className="font-bold text-brand-900">
        Thông báo từ Ban Biên tập (30 ngày qua)
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {decisions.map((decision) => (
          <li key={decision.id} className="[overflow-wrap:anywhere]">
            <span className="text-slate-500">{formatDateTime(decision.createdAt)}</span> ·{" "}
            <Link href={`/dashboard/projects/${decision.project?.id}`} className="font-medium text-brand-800 underline">
              {decision.project?.name}
            </Link>{" "}
            {DECISION_NOTICES[decision.action]}
            {decision.comment ? <span className="text-slate-700">: “{decision.comment}”</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
