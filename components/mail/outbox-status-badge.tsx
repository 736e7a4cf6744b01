import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { outboxStatusLabel } from "@/lib/mail/outbox-messages";

const STATUS_STYLES: Record<OutboxStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ${STATUS_STYLES[status]}`}>
      {outboxStatusLabel(status)}
    </span>
  );
}
