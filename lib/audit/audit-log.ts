import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_GROUPS, type AuditGroup } from "./audit-labels";

const AUDIT_PAGE_SIZE = 50;
/** An export is one file an admin opens in Excel: bounded, and the filters narrow it. */
const AUDIT_EXPORT_LIMIT = 50_000;

export interface AuditFilters {
  group?: AuditGroup;
  actorId?: string;
  /** Inclusive, as instants: the page turns dates in Vietnam time into these. */
  from?: Date;
  to?: Date;
  page: number;
}

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  return {
    AND: [
      filters.group ? { OR: AUDIT_GROUPS[filters.group].prefixes.map((prefix) => ({ action: { startsWith: prefix } })) } : {},
      filters.actorId ? { actorId: filters.actorId } : {},
      filters.from ? { createdAt: { gte: filters.from } } : {},
      filters.to ? { createdAt: { lte: filters.to } } : {},
    ],
  };
}

const auditSelect = {
  id: true,
  action: true,
  createdAt: true,
  comment: true,
  fromStatus: true,
  toStatus: true,
  actor: { select: { name: true, email: true } },
  project: { select: { name: true, slug: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>;

/** One page of the trail, newest first. */
export async function listAuditEvents(admin: CurrentUser, filters: AuditFilters) {
  assertCan(admin, "admin:manage");
  const where = auditWhere(filters);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: auditSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { events, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Every event the filters select, newest first, up to the export's bound. */
export function auditEventsForExport(admin: CurrentUser, filters: Omit<AuditFilters, "page">): Promise<AuditRow[]> {
  assertCan(admin, "admin:manage");
  return db.auditEvent.findMany({
    where: auditWhere({ ...filters, page: 1 }),
    select: auditSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
  });
}

/** The people who appear in the trail, for the filter's list. */
export function auditActors(admin: CurrentUser) {
  assertCan(admin, "admin:manage");
  return db.user.findMany({
    where: { auditEvents: { some: {} } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
