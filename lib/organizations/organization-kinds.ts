import type { OrganizationKind } from "@/lib/generated/prisma/enums";

export const ORGANIZATION_KINDS = [
  "DEPARTMENT",
  "DISTRICT",
  "COMMUNE",
  "EDITORIAL",
] as const satisfies readonly OrganizationKind[];

export const KIND_LABELS: Record<OrganizationKind, string> = {
  DEPARTMENT: "Sở, ban, ngành",
  DISTRICT: "UBND cấp huyện",
  COMMUNE: "UBND cấp xã",
  EDITORIAL: "Ban Biên tập, cơ quan quản lý cổng",
};

/** The units that file project calls and a quarterly report (letter 786/UBND-VHXH); the board lists every active one. */
export const REPORTING_KINDS = ["DEPARTMENT", "DISTRICT", "COMMUNE"] as const satisfies readonly OrganizationKind[];
