import { STATE_LABELS } from "@/lib/reports/compliance-csv";
import type { ComplianceState } from "@/lib/reports/quarterly-reports";

const STATE_STYLES: Record<ComplianceState, string> = {
  "on-time": "bg-emerald-100 text-emerald-900",
  late: "bg-amber-100 text-amber-900",
  draft: "bg-slate-100 text-slate-800",
  missing: "bg-red-100 text-red-900",
};

export function StateBadge({ state }: { state: ComplianceState }) {
  return (
    <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ${STATE_STYLES[state]}`}>
      {STATE_LABELS[state]}
    </span>
  );
}
