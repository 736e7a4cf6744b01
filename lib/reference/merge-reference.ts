import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_REVISION_STATUSES } from "@/lib/projects/project-revision-status";
import type { z } from "zod";
import type { ReferenceKind } from "./reference-kinds";
import type { mergeReferenceSchema } from "./reference-schema";
import { projectIdsWith, referenceTable, refreshSearchTextOf } from "./reference-tables";
import { bumpReferenceVersion } from "./reference-version";

type MergeInput = z.output<typeof mergeReferenceSchema>;

/** The form field that holds a kind's code(s) in a pending edit of a published project. */
const REVISION_FIELD = { sector: "sectorCode", location: "locationCodes", form: "investmentFormCode" } as const;

async function resolveTarget(tx: Prisma.TransactionClient, kind: ReferenceKind, target: MergeInput["target"], sortOrder: number) {
  const table = referenceTable(tx, kind);
  if (target.type === "existing") {
    const entry = await table.findUnique({
      where: { id: target.id },
      select: { id: true, code: true, name: true, active: true, mergedIntoId: true },
    });
    if (!entry) throw new NotFoundError("Không tìm thấy mục đích để gộp vào.");
    if (!entry.active || entry.mergedIntoId) throw new ConflictError("Chỉ gộp được vào một mục đang dùng.");
    return entry;
  }
  if (await table.findUnique({ where: { code: target.code }, select: { id: true } })) {
    throw new InvalidInputError("Mã này đã có trong danh mục.", {
      "target.code": ["Mã này đã có trong danh mục (kể cả mục đã ngừng dùng hoặc đã gộp)"],
    });
  }
  return table.create({
    data: { code: target.code, name: target.name, sortOrder },
    select: { id: true, code: true, name: true },
  });
}

/** Points the projects' own references at the target; a project with several merged locations keeps one. */
async function moveProjects(
  tx: Prisma.TransactionClient,
  kind: ReferenceKind,
  sourceIds: string[],
  targetId: string,
  projectIds: string[],
) {
  if (kind === "location") {
    const already = new Set(
      (
        await tx.projectLocation.findMany({
          where: { locationId: targetId, projectId: { in: projectIds } },
          select: { projectId: true },
        })
      ).map((row) => row.projectId),
    );
    await tx.projectLocation.deleteMany({ where: { locationId: { in: sourceIds } } });
    const missing = projectIds.filter((projectId) => !already.has(projectId));
    if (missing.length > 0)
      await tx.projectLocation.createMany({ data: missing.map((projectId) => ({ projectId, locationId: targetId })) });
  } else if (kind === "sector") {
    await tx.project.updateMany({ where: { sectorId: { in: sourceIds } }, data: { sectorId: targetId } });
  } else {
    await tx.project.updateMany({ where: { investmentFormId: { in: sourceIds } }, data: { investmentFormId: targetId } });
  }
}

/** Pending edits of published projects name codes, not ids: they follow the merge too, or approving them would fail. */
async function moveOpenRevisions(tx: Prisma.TransactionClient, kind: ReferenceKind, sourceCodes: string[], targetCode: string) {
  const field = REVISION_FIELD[kind];
  const revisions = await tx.projectRevision.findMany({
    where: { status: { in: [...OPEN_REVISION_STATUSES] } },
    select: { id: true, data: true },
  });
  for (const revision of revisions) {
    const data = revision.data as Record<string, unknown>;
    const value = data[field];
    let next: unknown = value;
    if (Array.isArray(value)) {
      next = [...new Set(value.map((code) => (sourceCodes.includes(code as string) ? targetCode : code)))];
    } else if (typeof value === "string" && sourceCodes.includes(value)) {
      next = targetCode;
    }
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      await tx.projectRevision.update({
        where: { id: revision.id },
        data: { data: { ...data, [field]: next } as Prisma.InputJsonValue },
      });
    }
  }
}

/**
 * Merges entries into one (e.g. several districts into the new unit that replaces them): their
 * projects move to the target and their search text is rewritten, pending edits follow, and the
 * merged entries stay as retired rows pointing at the target, so their codes keep working in old
 * catalogue URLs (which redirect) and can never be reused for something else.
 */
export async function mergeReference(admin: CurrentUser, input: MergeInput) {
  return db.$transaction(async (tx) => {
    const table = referenceTable(tx, input.kind);
    const sources = await table.findMany({
      where: { id: { in: input.sourceIds } },
      select: { id: true, code: true, name: true, sortOrder: true, mergedIntoId: true },
    });
    if (sources.length !== input.sourceIds.length) throw new NotFoundError("Có mục không còn trong danh mục; hãy tải lại trang.");
    if (sources.some((source) => source.mergedIntoId)) throw new ConflictError("Có mục đã được gộp trước đó; hãy tải lại trang.");
    const target = await resolveTarget(tx, input.kind, input.target, Math.min(...sources.map((source) => source.sortOrder)));
    const sourceIds = sources.map((source) => source.id);
    const sourceCodes = sources.map((source) => source.code);

    const projectIds = await projectIdsWith(tx, input.kind, sourceIds);
    await moveProjects(tx, input.kind, sourceIds, target.id, projectIds);
    await moveOpenRevisions(tx, input.kind, sourceCodes, target.code);
    await table.updateMany({ where: { mergedIntoId: { in: sourceIds } }, data: { mergedIntoId: target.id } });
    await table.updateMany({ where: { id: { in: sourceIds } }, data: { active: false, mergedIntoId: target.id } });
    await refreshSearchTextOf(tx, projectIds);

    await bumpReferenceVersion(tx);
    await recordAuditEvent(
      {
        action: "admin.reference.merge",
        actorId: admin.id,
        comment: `${input.kind}: ${sources.map((source) => source.name).join(", ")} → ${target.name} (${projectIds.length} dự án)`,
        snapshot: { sources: sourceCodes, target: target.code, projects: projectIds.length } as Prisma.InputJsonValue,
      },
      tx,
    );
    return { targetCode: target.code, projectsMoved: projectIds.length };
  });
}

/** What a merge would move, for the confirmation the admin reads before it happens. */
export async function mergePreview(admin: CurrentUser, kind: ReferenceKind, sourceIds: string[]) {
  assertCan(admin, "admin:manage");
  const sources = await referenceTable(db, kind).findMany({
    where: { id: { in: sourceIds }, mergedIntoId: null },
    select: { id: true, code: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const projectIds = await projectIdsWith(
    db,
    kind,
    sources.map((source) => source.id),
  );
  const published =
    projectIds.length === 0 ? 0 : await db.project.count({ where: { id: { in: projectIds }, status: "PUBLISHED" } });
  return { sources, projectCount: projectIds.length, publishedCount: published };
}
