import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownProjectWhere } from "./own-project-where";
import { formValuesToColumns } from "./project-form-mapping";
import type { ProjectDraftValues, ProjectFormValues } from "./project-form-schema";
import { EDITABLE_STATUSES, isEditable } from "./project-status";
import { projectNameSortKey, projectSearchText } from "./search-text";

export interface SaveProjectInput {
  /** Absent for a project call not saved yet. */
  projectId?: string;
  /** The version the form was loaded with: a save over someone else's newer change is refused. */
  version?: number;
  /** The last step the submitter completed, so a draft resumes there. */
  step: number;
  values: ProjectDraftValues;
}

export interface SavedProject {
  id: string;
  version: number;
}

const STALE_MESSAGE =
  "Dự án vừa được thay đổi ở nơi khác (trên thẻ hoặc máy khác). Hãy tải lại trang để xem bản mới nhất trước khi lưu.";

/** Sector, investment form and locations by code; an unknown or retired code is the field's error. */
export async function resolveCodes(tx: Prisma.TransactionClient, values: ProjectDraftValues) {
  const fieldErrors: Record<string, string[]> = {};
  let sectorId: string | null | undefined;
  let investmentFormId: string | null | undefined;
  let locationIds: string[] | undefined;
  if (values.sectorCode) {
    sectorId = (await tx.sector.findFirst({ where: { code: values.sectorCode, active: true }, select: { id: true } }))?.id;
    if (!sectorId) fieldErrors.sectorCode = ["Ngành / lĩnh vực không có trong danh mục"];
  }
  if (values.investmentFormCode) {
    investmentFormId = (
      await tx.investmentForm.findFirst({ where: { code: values.investmentFormCode, active: true }, select: { id: true } })
    )?.id;
    if (!investmentFormId) fieldErrors.investmentFormCode = ["Hình thức đầu tư không có trong danh mục"];
  }
  if (values.locationCodes) {
    const found = await tx.location.findMany({ where: { code: { in: values.locationCodes }, active: true }, select: { id: true } });
    if (found.length !== values.locationCodes.length) fieldErrors.locationCodes = ["Có địa bàn không có trong danh mục"];
    locationIds = found.map((location) => location.id);
  }
  if (Object.keys(fieldErrors).length > 0) throw new InvalidInputError("Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors);
  return { sectorId, investmentFormId, locationIds };
}

/** Keeps the stored search text and sort key in step with what the project now says. */
export async function refreshSearchFields(tx: Prisma.TransactionClient, id: string) {
  const project = await tx.project.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      objectives: true,
      locationText: true,
      sector: { select: { name: true } },
      locations: { select: { location: { select: { name: true } } } },
    },
  });
  await tx.project.update({
    where: { id },
    data: {
      searchText: projectSearchText({
        name: project.name,
        objectives: project.objectives,
        locationText: project.locationText,
        sectorName: project.sector?.name,
        locationNames: project.locations.map(({ location }) => location.name),
      }),
      nameSort: projectNameSortKey(project.name),
    },
  });
}

async function writeProject(tx: Prisma.TransactionClient, user: CurrentUser, input: SaveProjectInput): Promise<SavedProject & { fromStatus: "DRAFT" | "CHANGES_REQUESTED" }> {
  if (!user.organizationId) throw new ForbiddenError("Tài khoản chưa thuộc đơn vị nào nên không thể lập hồ sơ dự án.");
  const codes = await resolveCodes(tx, input.values);
  const columns = formValuesToColumns(input.values, codes);

  let id: string;
  let version: number;
  let fromStatus: "DRAFT" | "CHANGES_REQUESTED" = "DRAFT";
  if (!input.projectId) {
    const created = await tx.project.create({
      data: {
        ...(columns as Prisma.ProjectUncheckedCreateInput),
        organizationId: user.organizationId,
        createdById: user.id,
        status: "DRAFT",
        formStep: input.step,
      },
      select: { id: true, version: true },
    });
    ({ id, version } = created);
    await recordAuditEvent({ action: "project.create", projectId: id, actorId: user.id, toStatus: "DRAFT" }, tx);
  } else {
    const existing = await tx.project.findFirst({
      where: { AND: [{ id: input.projectId }, ownProjectWhere(user)] },
      select: { id: true, status: true, version: true, formStep: true },
    });
    if (!existing) throw new NotFoundError("Không tìm thấy dự án.");
    if (!isEditable(existing.status)) throw new ConflictError("Dự án đang chờ duyệt hoặc đã công bố, không thể sửa ở đây.");
    fromStatus = existing.status as typeof fromStatus;
    const updated = await tx.project.updateMany({
      where: { id: existing.id, version: input.version ?? existing.version, status: { in: [...EDITABLE_STATUSES] } },
      data: { ...(columns as Prisma.ProjectUncheckedUpdateManyInput), formStep: Math.max(existing.formStep, input.step), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError(STALE_MESSAGE);
    id = existing.id;
    version = (input.version ?? existing.version) + 1;
  }

  if (codes.locationIds) {
    await tx.projectLocation.deleteMany({ where: { projectId: id } });
    await tx.projectLocation.createMany({ data: codes.locationIds.map((locationId) => ({ projectId: id, locationId })) });
  }
  await refreshSearchFields(tx, id);
  return { id, version, fromStatus };
}

/** "Lưu nháp" and moving between steps: saves what is there, complete or not. */
export async function saveProjectDraft(user: CurrentUser, input: SaveProjectInput): Promise<SavedProject> {
  const { id, version } = await db.$transaction((tx) => writeProject(tx, user, input));
  return { id, version };
}

/** "Gửi duyệt": saves the complete form and sends it to the Editorial Board's queue. */
export async function submitProject(
  user: CurrentUser,
  input: { projectId?: string; version?: number; values: ProjectFormValues },
): Promise<SavedProject> {
  return db.$transaction(async (tx) => {
    const saved = await writeProject(tx, user, { ...input, step: 6 });
    const moved = await tx.project.updateMany({
      where: { id: saved.id, version: saved.version },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (moved.count === 0) throw new ConflictError(STALE_MESSAGE);
    await recordAuditEvent(
      { action: "project.submit", projectId: saved.id, actorId: user.id, fromStatus: saved.fromStatus, toStatus: "SUBMITTED" },
      tx,
    );
    return { id: saved.id, version: saved.version + 1 };
  });
}
