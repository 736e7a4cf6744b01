import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createTestUser } from "@/tests/support/test-users";
import type { ProjectFormInput } from "./project-form-schema";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

// The caller is whoever the test says; everything below the session is the real code.
let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let actions: typeof import("./project-form-actions");
const users: Record<"transport" | "district" | "reviewer" | "admin" | "orphan", CurrentUser> = {} as never;

const completeForm: ProjectFormInput = {
  unitName: "Sở Giao thông vận tải tỉnh Kiên Giang",
  unitAddress: "Số 1 Nguyễn Công Trứ, Rạch Giá",
  unitPhone: "0297 3862 031",
  unitFax: "",
  unitEmail: "sgtvt@kiengiang.gov.vn",
  unitWebsite: "sgtvt.kiengiang.gov.vn",
  contactName: "Nguyễn Văn Hùng",
  contactTitle: "Trưởng phòng",
  sectorCode: "giao-thong",
  name: "Bến xe khách Kiên Lương",
  objectives: "Xây dựng bến xe khách loại 2 phục vụ người dân và du khách đi Hà Tiên, Phú Quốc.",
  investmentFormCode: "trong-nuoc",
  capitalTy: "85,5",
  capitalUsdMillion: "",
  scale: "Diện tích 2 ha, 200 lượt xe/ngày",
  areaHa: "2",
  durationYears: "50",
  implementationPlan: "2027: khởi công; 2028: hoàn thành",
  legalBasis: "Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030",
  locationCodes: ["kien-luong"],
  locationText: "Thị trấn Kiên Lương, cạnh Quốc lộ 80",
  infrastructure: "Điện, nước, đường giao thông đến ranh dự án",
  incentives: "Ưu đãi theo Luật Đầu tư 2020",
  socialEfficiency: "Tạo việc làm cho 150 lao động địa phương",
  dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
};

const projectCount = () => prisma.project.count();

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  const org = (code: string, name: string) => prisma.organization.create({ data: { code, name, kind: "DEPARTMENT" } });
  const transport = await org("so-gtvt", "Sở Giao thông vận tải");
  const district = await org("ubnd-kien-luong", "UBND huyện Kiên Lương");
  const board = await org("so-tttt", "Sở Thông tin và Truyền thông");
  Object.assign(users, {
    transport: await createTestUser(prisma, "transport", "SUBMITTER", transport.id),
    district: await createTestUser(prisma, "district", "SUBMITTER", district.id),
    reviewer: await createTestUser(prisma, "reviewer", "REVIEWER", board.id),
    admin: await createTestUser(prisma, "admin", "ADMIN", board.id),
    orphan: await createTestUser(prisma, "orphan", "SUBMITTER", null),
  });
  actions = await import("./project-form-actions");
});

beforeEach(() => {
  caller = null;
});

async function draftAs(user: CurrentUser, values: Partial<ProjectFormInput> = { name: "Dự án nháp" }) {
  caller = user;
  const result = await actions.saveProjectDraftAction({ step: 1, values });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("saving a draft", () => {
  it("creates a draft of the caller's organisation with a half-filled form", async () => {
    const saved = await draftAs(users.transport, {
      name: "Cảng cá <script>alert(1)</script>",
      capitalTy: "1.250,5",
      locationCodes: ["rach-gia"],
    });
    const row = await prisma.project.findUniqueOrThrow({ where: { id: saved.id }, include: { locations: true } });
    expect(row).toMatchObject({
      status: "DRAFT",
      organizationId: users.transport.organizationId,
      createdById: "transport",
      capitalVnd: 1_250_500_000_000n,
    });
    expect(row.name).toBe("Cảng cá <script>alert(1)</script>");
    expect(row.searchText).toContain("cang ca");
    expect(row.locations).toHaveLength(1);
    const audit = await prisma.auditEvent.findMany({ where: { projectId: saved.id } });
    expect(audit.map((event) => event.action)).toEqual(["project.create"]);
  });

  it("refuses anonymous callers, reviewers, admins and users without an organisation, storing nothing", async () => {
    const before = await projectCount();
    for (const user of [null, users.reviewer, users.admin, users.orphan]) {
      caller = user;
      const result = await actions.saveProjectDraftAction({ step: 1, values: { name: "Không được lưu" } });
      expect(result.ok, String(user?.id)).toBe(false);
    }
    expect(await projectCount()).toBe(before);
  });

  it("refuses server-owned fields and bad values with Vietnamese messages beside the field", async () => {
    caller = users.transport;
    const forged = await actions.saveProjectDraftAction({ step: 1, values: { name: "X", status: "PUBLISHED" } as never });
    expect(forged.ok).toBe(false);
    const bad = await actions.saveProjectDraftAction({
      step: 3,
      values: { capitalTy: "-5", durationYears: "100", unitEmail: "khong-phai-email" },
    });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        "values.capitalTy": ["Tổng vốn đầu tư phải lớn hơn 0"],
        "values.durationYears": [expect.stringContaining("từ 1 đến 70 năm")],
        "values.unitEmail": ["Email không hợp lệ"],
      },
    });
    const long = await actions.saveProjectDraftAction({ step: 2, values: { objectives: "a".repeat(20_000) } });
    expect(long).toMatchObject({ ok: false, fieldErrors: { "values.objectives": ["Tối đa 10.000 ký tự"] } });
    const unknownCode = await actions.saveProjectDraftAction({ step: 2, values: { sectorCode: "khong-co-nganh" } });
    expect(unknownCode).toMatchObject({ ok: false, fieldErrors: { sectorCode: ["Ngành / lĩnh vực không có trong danh mục"] } });
  });

  it("never lets another organisation read or change a project, whatever id it sends", async () => {
    const saved = await draftAs(users.transport, { name: "Dự án của Sở GTVT" });
    caller = users.district;
    const result = await actions.saveProjectDraftAction({
      projectId: saved.id,
      version: saved.version,
      step: 2,
      values: { name: "Bị sửa trộm" },
    });
    expect(result).toEqual({ ok: false, message: "Không tìm thấy dự án." });
    caller = users.district;
    const submit = await actions.submitProjectAction({ projectId: saved.id, version: saved.version, values: completeForm });
    expect(submit.ok).toBe(false);
    expect((await prisma.project.findUniqueOrThrow({ where: { id: saved.id } })).name).toBe("Dự án của Sở GTVT");
  });

  it("refuses a save over a newer version", async () => {
    const saved = await draftAs(users.transport, { name: "Bản đầu" });
    caller = users.transport;
    const second = await actions.saveProjectDraftAction({
      projectId: saved.id,
      version: saved.version,
      step: 2,
      values: { name: "Bản thứ hai" },
    });
    expect(second).toMatchObject({ ok: true, data: { version: saved.version + 1 } });
    const stale = await actions.saveProjectDraftAction({
      projectId: saved.id,
      version: saved.version,
      step: 2,
      values: { name: "Bản cũ ghi đè" },
    });
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("vừa được thay đổi ở nơi khác") });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: saved.id } })).name).toBe("Bản thứ hai");
  });
});

describe("submitting", () => {
  it("checks every step, then moves DRAFT to SUBMITTED with an audit event", async () => {
    const saved = await draftAs(users.transport);
    caller = users.transport;
    const incomplete = await actions.submitProjectAction({
      projectId: saved.id,
      version: saved.version,
      values: { ...completeForm, name: "" },
    });
    expect(incomplete).toMatchObject({ ok: false, fieldErrors: { "values.name": ["Vui lòng nhập tên dự án"] } });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");

    const submitted = await actions.submitProjectAction({ projectId: saved.id, version: saved.version, values: completeForm });
    expect(submitted.ok).toBe(true);
    const row = await prisma.project.findUniqueOrThrow({
      where: { id: saved.id },
      include: { locations: { include: { location: true } } },
    });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      name: "Bến xe khách Kiên Lương",
      capitalVnd: 85_500_000_000n,
      durationYears: 50,
      unitWebsite: "https://sgtvt.kiengiang.gov.vn",
    });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.locations.map(({ location }) => location.code)).toEqual(["kien-luong"]);
    const events = await prisma.auditEvent.findMany({ where: { projectId: saved.id, action: "project.submit" } });
    expect(events).toMatchObject([{ actorId: "transport", fromStatus: "DRAFT", toStatus: "SUBMITTED" }]);

    // Waiting for review: no more edits from the unit.
    const edit = await actions.saveProjectDraftAction({
      projectId: saved.id,
      version: row.version,
      step: 2,
      values: { name: "Sửa khi chờ duyệt" },
    });
    expect(edit.ok).toBe(false);
  });

  it("keeps drafts and submissions out of the public catalogue", async () => {
    const { searchCatalogue } = await import("@/lib/catalogue/search-catalogue");
    const { parseCatalogueQuery } = await import("@/lib/catalogue/catalogue-query");
    const result = await searchCatalogue(parseCatalogueQuery({ q: "ben xe kien luong" }));
    expect(result.total).toBe(0);
  });
});
