import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasEnglishName, type ReferenceKind } from "./reference-kinds";
import { projectIdsWith, referenceTable, refreshSearchTextOf } from "./reference-tables";
import { bumpReferenceVersion } from "./reference-version";

const CODE_TAKEN = "Mã này đã có trong danh mục (kể cả mục đã ngừng dùng hoặc đã gộp)";

export interface ReferenceRow {
  id: string;
  code: string;
  name: string;
  /** Sectors and investment forms: the English pages' name, null where none was given. Locations: always null. */
  nameEn: string | null;
  sortOrder: number;
  active: boolean;
  mergedInto: { code: string; name: string } | null;
  projectCount: number;
}

/** Every entry of a kind for the admin: in use, retired and merged, in display order. */
export async function listReferenceForAdmin(admin: CurrentUser, kind: ReferenceKind): Promise<ReferenceRow[]> {
  assertCan(admin, "admin:manage");
  const rows = await referenceTable(db, kind).findMany({
    select: {
      id: true,
      code: true,
      name: true,
      ...(hasEnglishName(kind) ? { nameEn: true } : {}),
      sortOrder: true,
      active: true,
      mergedInto: { select: { code: true, name: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const counts = new Map<string, number>();
  if (kind === "location") {
    for (const row of await db.projectLocation.groupBy({ by: ["locationId"], _count: { _all: true } }))
      counts.set(row.locationId, row._count._all);
  } else {
    const column = kind === "sector" ? "sectorId" : "investmentFormId";
    for (const row of await db.project.groupBy({ by: [column], _count: { _all: true } })) {
      const id = row[column as keyof typeof row] as string | null;
      if (id) counts.set(id, row._count._all);
    }
  }
  return rows.map((row) => ({ ...row, nameEn: row.nameEn ?? null, projectCount: counts.get(row.id) ?? 0 }));
}

async function findEntry(tx: Prisma.TransactionClient, kind: ReferenceKind, id: string) {
  const entry = await referenceTable(tx, kind).findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      ...(hasEnglishName(kind) ? { nameEn: true } : {}),
      active: true,
      mergedIntoId: true,
    },
  });
  if (!entry) throw new NotFoundError("Không tìm thấy mục trong danh mục.");
  return entry;
}

async function audit(
  tx: Prisma.TransactionClient,
  admin: CurrentUser,
  action: string,
  kind: ReferenceKind,
  comment: string,
  snapshot?: object,
) {
  await bumpReferenceVersion(tx);
  await recordAuditEvent(
    {
      action: `admin.reference.${action}`,
      actorId: admin.id,
      comment: `${kind}: ${comment}`,
      snapshot: snapshot as Prisma.InputJsonValue,
    },
    tx,
  );
}

/** A new entry, last in the list. */
export async function addReference(
  admin: CurrentUser,
  input: { kind: ReferenceKind; code: string; name: string; nameEn?: string | null },
) {
  return db.$transaction(async (tx) => {
    const table = referenceTable(tx, input.kind);
    if (await table.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new InvalidInputError(CODE_TAKEN, { code: [CODE_TAKEN] });
    }
    const last = await table.findFirst({ select: { sortOrder: true }, orderBy: { sortOrder: "desc" } });
    const nameEn = hasEnglishName(input.kind) ? (input.nameEn ?? null) : undefined;
    const created = await table.create({
      data: { code: input.code, name: input.name, nameEn, sortOrder: (last?.sortOrder ?? 0) + 1 },
      select: { id: true },
    });
    await audit(tx, admin, "add", input.kind, `${input.code} – ${input.name}${nameEn ? ` (${nameEn})` : ""}`);
    return created;
  });
}

/**
 * A new name, everywhere at once: filters, project pages, and the projects' search text; and for a
 * sector or investment form, its English name (left out: kept; empty: none).
 */
export async function renameReference(
  admin: CurrentUser,
  input: { kind: ReferenceKind; id: string; name: string; nameEn?: string | null },
) {
  return db.$transaction(async (tx) => {
    const entry = await findEntry(tx, input.kind, input.id);
    const wasEn = entry.nameEn ?? null;
    const nameEn = hasEnglishName(input.kind) && input.nameEn !== undefined ? input.nameEn : wasEn;
    const changes: Record<string, [string | null, string | null]> = {};
    if (entry.name !== input.name) changes.name = [entry.name, input.name];
    if (nameEn !== wasEn) changes.nameEn = [wasEn, nameEn];
    if (Object.keys(changes).length === 0) return { id: entry.id };
    await referenceTable(tx, input.kind).update({
      where: { id: entry.id },
      data: { name: input.name, ...(changes.nameEn ? { nameEn } : {}) },
    });
    // The search text holds the Vietnamese name only.
    if (changes.name) await refreshSearchTextOf(tx, await projectIdsWith(tx, input.kind, [entry.id]));
    const said = Object.entries(changes).map(
      ([field, [from, to]]) => `${from ?? "—"} → ${to ?? "—"}${field === "nameEn" ? " (tiếng Anh)" : ""}`,
    );
    await audit(tx, admin, "rename", input.kind, `${entry.code}: ${said.join("; ")}`, { changes });
    return { id: entry.id };
  });
}

/** One place up or down among the entries that are not merged away; the list is renumbered 1, 2, 3… */
export async function moveReference(admin: CurrentUser, input: { kind: ReferenceKind; id: string; direction: "up" | "down" }) {
  return db.$transaction(async (tx) => {
    const table = referenceTable(tx, input.kind);
    const list = await table.findMany({
      where: { mergedIntoId: null },
      select: { id: true, code: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    });
    const index = list.findIndex((entry) => entry.id === input.id);
    if (index === -1) throw new NotFoundError("Không tìm thấy mục trong danh mục.");
    const other = input.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= list.length) return { id: input.id };
    [list[index], list[other]] = [list[other]!, list[index]!];
    for (const [position, entry] of list.entries())
      await table.update({ where: { id: entry.id }, data: { sortOrder: position + 1 } });
    await audit(tx, admin, "move", input.kind, `${list[other]!.code} ${input.direction === "up" ? "lên" : "xuống"}`);
    return { id: input.id };
  });
}

/**
 * Retire (hidden from new filings and from the catalogue's filters, kept on the projects that have it)
 * or bring back. A merged entry stays merged.
 */
export async function setReferenceActive(admin: CurrentUser, input: { kind: ReferenceKind; id: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    const entry = await findEntry(tx, input.kind, input.id);
    if (entry.mergedIntoId) throw new ConflictError("Mục này đã được gộp vào mục khác, không dùng lại được.");
    if (entry.active === input.active) return { id: entry.id };
    await referenceTable(tx, input.kind).update({ where: { id: entry.id }, data: { active: input.active } });
    await audit(tx, admin, input.active ? "restore" : "retire", input.kind, `${entry.code} – ${entry.name}`);
    return { id: entry.id };
  });
}
