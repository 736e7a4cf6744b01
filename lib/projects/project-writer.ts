// The one way the template's values become a Project row: resolving reference codes, converting
// money, rewriting the locations and computing the stored search columns. The app's saves, an
// approved edit, the seed, the benchmark's generator and the test fixtures all write through here, so
// a derived column (search text, VND, USD) cannot disagree between them. It takes the transaction or
// client from its caller (no "server-only": the seed and the benchmark run outside Next.js).
import { InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formValuesToColumns } from "./project-form-mapping";
import type { ProjectDraftValues } from "./project-form-schema";
import { projectSearchFields, searchableProjectSelect, storedProjectSearchFields, type SearchFields } from "./search-text";

interface ReferenceRow {
  id: string;
  name: string;
}

/** What a project's codes point to, by code: the reference lists as the caller read them. */
export interface ReferenceIndex {
  sectors: Map<string, ReferenceRow>;
  forms: Map<string, ReferenceRow>;
  locations: Map<string, ReferenceRow>;
}

export interface ResolvedReferences {
  sector?: ReferenceRow | null;
  form?: ReferenceRow | null;
  locations?: ReferenceRow[];
}

type Client = Prisma.TransactionClient;

/**
 * Sector, investment form and locations by code, among the active ones (a retired code may stay on
 * an old project but is not chosen again); an unknown or retired code is the field's error.
 */
export async function resolveReferences(tx: Client, values: ProjectDraftValues): Promise<ResolvedReferences> {
  const fieldErrors: Record<string, string[]> = {};
  const resolved: ResolvedReferences = {};
  if (values.sectorCode !== undefined) {
    resolved.sector = values.sectorCode
      ? await tx.sector.findFirst({ where: { code: values.sectorCode, active: true }, select: { id: true, name: true } })
      : null;
    if (values.sectorCode && !resolved.sector) fieldErrors.sectorCode = ["Ngành / lĩnh vực không có trong danh mục"];
  }
  if (values.investmentFormCode !== undefined) {
    resolved.form = values.investmentFormCode
      ? await tx.investmentForm.findFirst({
          where: { code: values.investmentFormCode, active: true },
          select: { id: true, name: true },
        })
      : null;
    if (values.investmentFormCode && !resolved.form)
      fieldErrors.investmentFormCode = ["Hình thức đầu tư không có trong danh mục"];
  }
  if (values.locationCodes !== undefined) {
    const found = await tx.location.findMany({
      where: { code: { in: values.locationCodes }, active: true },
      select: { id: true, name: true, code: true },
    });
    if (found.length !== values.locationCodes.length) fieldErrors.locationCodes = ["Có địa bàn không có trong danh mục"];
    const byCode = new Map(found.map((location) => [location.code, location]));
    resolved.locations = values.locationCodes.flatMap((code) => byCode.get(code) ?? []);
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new InvalidInputError("Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors);
  return resolved;
}

/** The template's columns for the values present (money converted, codes as ids). */
function templateColumns(values: ProjectDraftValues, references: ResolvedReferences) {
  return formValuesToColumns(values, {
    sectorId: references.sector === undefined ? undefined : (references.sector?.id ?? null),
    investmentFormId: references.form === undefined ? undefined : (references.form?.id ?? null),
  });
}

/** Keeps the stored search columns in step with what the project now says. */
export async function refreshSearchFields(tx: Client, projectId: string): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: searchableProjectSelect });
  await tx.project.update({ where: { id: projectId }, data: storedProjectSearchFields(project) });
}

async function writeLocations(tx: Client, projectId: string, locations: ReferenceRow[] | undefined): Promise<void> {
  if (!locations) return;
  await tx.projectLocation.deleteMany({ where: { projectId } });
  await tx.projectLocation.createMany({ data: locations.map((location) => ({ projectId, locationId: location.id })) });
}

/**
 * Writes the template's values present in `values` onto an existing project, in the caller's
 * transaction, under the caller's condition (`where`: e.g. the version it read). Returns false when
 * the condition no longer holds, leaving everything as it was.
 */
export async function writeTemplateValues(
  tx: Client,
  where: Prisma.ProjectWhereInput & { id: string },
  values: ProjectDraftValues,
  serverOwned: Prisma.ProjectUncheckedUpdateManyInput = {},
): Promise<boolean> {
  const references = await resolveReferences(tx, values);
  const updated = await tx.project.updateMany({
    where,
    data: { ...(templateColumns(values, references) as Prisma.ProjectUncheckedUpdateManyInput), ...serverOwned },
  });
  if (updated.count === 0) return false;
  await writeLocations(tx, where.id, references.locations);
  await refreshSearchFields(tx, where.id);
  return true;
}

/** Creates a project from the template's values and the server-owned fields the caller decides. */
export async function createProjectWithValues(
  tx: Client,
  serverOwned: Omit<Prisma.ProjectUncheckedCreateInput, "searchText" | "nameSort" | "objectivesSearch" | "searchVersion">,
  values: ProjectDraftValues,
): Promise<{ id: string; version: number }> {
  const references = await resolveReferences(tx, values);
  const created = await tx.project.create({
    data: { ...(templateColumns(values, references) as Prisma.ProjectUncheckedCreateInput), ...serverOwned },
    select: { id: true, version: true },
  });
  await writeLocations(tx, created.id, references.locations);
  await refreshSearchFields(tx, created.id);
  return created;
}

/**
 * A new project's row from its values, for writing many at once (the seed, the benchmark, test
 * fixtures): the template's columns and search columns, and the location ids to link. Codes are
 * looked up in `index`; an unknown code is an error in the caller's data, not a user's.
 */
export function newProjectRow(
  values: ProjectDraftValues,
  index: ReferenceIndex,
): { columns: Prisma.ProjectUncheckedCreateInput & SearchFields; locationIds: string[] } {
  const lookup = (list: Map<string, ReferenceRow>, code: string | undefined, what: string) => {
    if (!code) return null;
    const row = list.get(code);
    if (!row) throw new Error(`Không có ${what} “${code}” trong danh mục.`);
    return row;
  };
  const references: Required<ResolvedReferences> = {
    sector: lookup(index.sectors, values.sectorCode, "ngành"),
    form: lookup(index.forms, values.investmentFormCode, "hình thức đầu tư"),
    locations: (values.locationCodes ?? []).map((code) => lookup(index.locations, code, "địa bàn")!),
  };
  const search = projectSearchFields({
    name: values.name ?? "",
    nameEn: values.nameEn,
    objectives: values.objectives ?? "",
    locationText: values.locationText ?? "",
    legalBasis: values.legalBasis ?? "",
    unitName: values.unitName ?? "",
    sectorName: references.sector?.name,
    investmentFormName: references.form?.name,
    locationNames: references.locations.map((location) => location.name),
  });
  return {
    columns: { ...(templateColumns(values, references) as Prisma.ProjectUncheckedCreateInput), ...search },
    locationIds: references.locations.map((location) => location.id),
  };
}

/** The reference lists by code, read once for newProjectRow. */
export async function readReferenceIndex(
  client: Pick<Client, "sector" | "investmentForm" | "location">,
): Promise<ReferenceIndex> {
  const select = { id: true, code: true, name: true } as const;
  const [sectors, forms, locations] = await Promise.all([
    client.sector.findMany({ select }),
    client.investmentForm.findMany({ select }),
    client.location.findMany({ select }),
  ]);
  const byCode = (rows: { id: string; code: string; name: string }[]) =>
    new Map(rows.map((row) => [row.code, { id: row.id, name: row.name }]));
  return { sectors: byCode(sectors), forms: byCode(forms), locations: byCode(locations) };
}
