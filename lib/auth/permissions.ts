import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";

/** Everything a signed-in user may do, by role. Pages, actions and route handlers ask this one table. */
export const PERMISSIONS = [
  "project:file", // create, edit, submit and withdraw the own organisation's project calls
  "review:decide", // work the Editorial Board's queue
  "report:file", // file the own organisation's quarterly report
  "report:oversee", // see every organisation's reports
  "admin:manage", // reference data, organisations, users, the audit log, the portal's settings
  "account:manage", // the own account: password, and which non-essential mail one receives
  "enquiry:answer", // read and answer investors' expressions of interest in the own organisation's projects
  "enquiry:manage", // read every expression of interest and delete one at the investor's request
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SUBMITTER: ["project:file", "report:file", "account:manage", "enquiry:answer"],
  REVIEWER: ["review:decide", "account:manage"],
  ADMIN: ["admin:manage", "report:oversee", "account:manage", "enquiry:manage"],
};

export const ROLE_LABELS: Record<Role, string> = {
  SUBMITTER: "Cán bộ đơn vị",
  REVIEWER: "Ban Biên tập",
  ADMIN: "Quản trị",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where each role starts after signing in, and what a link there says; the first that applies wins. */
const HOMES: { permission: Permission; path: string; label: string }[] = [
  { permission: "project:file", path: "/dashboard", label: "Dự án của đơn vị" },
  { permission: "review:decide", path: "/review", label: "Hồ sơ chờ duyệt" },
  { permission: "admin:manage", path: "/admin", label: "Quản trị" },
];

export function homeFor(role: Role): { path: string; label: string } {
  return HOMES.find((home) => can(role, home.permission)) ?? { path: "/", label: "Trang chủ" };
}

/** Where a user starts after signing in. */
export function homePathFor(role: Role): string {
  return homeFor(role).path;
}

/**
 * For readers and writers in the data layer: refuses a caller without the permission, whoever the
 * page or action that called them. The page has checked already; this makes the reader safe for the
 * next caller too.
 */
export function assertCan(user: { role: Role }, permission: Permission): void {
  if (!can(user.role, permission)) throw new ForbiddenError();
}
