import type { EnquiryStatus } from "@/lib/generated/prisma/enums";

export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  NEW: "Mới",
  ANSWERED: "Đã trả lời",
  CLOSED: "Đã đóng",
};

export const ENQUIRY_STATUSES = ["NEW", "ANSWERED", "CLOSED"] as const satisfies readonly EnquiryStatus[];
