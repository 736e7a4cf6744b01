import type { Role } from "@/lib/generated/prisma/enums";

/** Everything a signed-in user may do, by role. Pages, actions and route handlers ask this one table. */
export const PERMISSIONS = [
  "project:file", // create, edit, submit and withdraw the own organisation's project calls
  "review:decide", // work the Editorial Board's queue
  "report:file", // file the own organisation's quarterly report
  "report:oversee", // see every organisation's reports
  "admin:manage", // reference data, organisations, users
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SUBMITTER: ["project:file", "report:file"],
  REVIEWER: ["review:decide"],
  ADMIN: ["admin:manage", "report:oversee"],
};

export const ROLE_LABELS: Record<Role, string> = {
  SUBMITTER: "Cán bộ đơn vị",
  REVIEWER: "Ban Biên tập",
  ADMIN: "Quản trị",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where a user starts after signing in. */
export function homePathFor(role: Role): string {
  if (can(role, "project:file")) return "/dashboard";
  if (can(role, "review:decide")) return "/review";
  if (can(role, "report:oversee")) return "/reports";
  return "/";
}
