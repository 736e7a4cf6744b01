import { AUDIT_GROUPS, type AuditGroup } from "./audit-labels";

/** A date field of the filter ("2026-11-30"), read as that whole day in Vietnam time. */
function dayParam(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export interface AuditQuery {
  group?: AuditGroup;
  actorId?: string;
  from?: string;
  to?: string;
}

/** The audit log's filters from the URL (the page and the CSV export read the same); unknown values are dropped. */
export function auditQueryOf(params: Record<string, string | string[] | undefined>): AuditQuery {
  const group =
    typeof params.group === "string" && Object.hasOwn(AUDIT_GROUPS, params.group) ? (params.group as AuditGroup) : undefined;
  const actorId = typeof params.actor === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(params.actor) ? params.actor : undefined;
  return { group, actorId, from: dayParam(params.from), to: dayParam(params.to) };
}

/** The query as the data layer takes it: days turned into instants, the end day included. */
export function auditRange(query: AuditQuery): { from?: Date; to?: Date } {
  return {
    from: query.from ? new Date(`${query.from}T00:00:00.000+07:00`) : undefined,
    to: query.to ? new Date(`${query.to}T23:59:59.999+07:00`) : undefined,
  };
}

/** The URL query of a filter, for links (pages, export) that keep it. */
export function auditSearch(query: AuditQuery, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ group: query.group, actor: query.actorId, from: query.from, to: query.to, ...extra }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return new URLSearchParams(entries).toString();
}
