import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createTestUser } from "@/tests/support/test-users";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import type { ProjectFormInput } from "./project-form-schema";

// The unit's English name and summary, from the form's action to what the public pages read, and the
// English names of the reference lists an admin keeps: on both databases.

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let actions: typeof import("./project-form-actions");
let referenceActions: typeof import("@/lib/reference/reference-actions");
const users: Record<"unit" | "reviewer" | "admin", CurrentUser> = {} as never;

const completeForm: ProjectFormInput = {
  unitName: "UBND huyện Kiên Lương",
  unitAddress: "Thị trấn Kiên Lương, huyện Kiên Lương",
  unitPhone: "0297 3853 001",
  unitFax: "",
  unitEmail: "ubnd@kienluong.kiengiang.gov.vn",
  unitWebsite: "",
  contactName: "Trần Thị Mai",
  contactTitle: "Phó Chủ tịch",
  sectorCode: "giao-thong",
  name: "Bến xe khách Hòn Chông",
  nameEn: "  Hon Chong coach station ",
  objectives: "Xây dựng bến xe khách loại 3 phục vụ du khách đến Hòn Chông, Mũi Nai và Hà Tiên.",
  summaryEn: "A class-3 coach station for visitors to Hon Chong,\r\nMui Nai and Ha Tien.",
  investmentFormCode: "trong-nuoc",
  capitalTy: "42",
  capitalUsdMillion: "",
  scale: "Diện tích 1,5 ha, 120 lượt xe/ngày",
  areaHa: "1,5",
  durationYears: "50",
  implementationPlan: "2027: khởi công; 2028: đưa vào khai thác",
  legalBasis: "Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030",
  locationCodes: ["kien-luong"],
  locationText: "Xã Bình An, cạnh đường Kiên Lương – Hòn Chông",
  infrastructure: "Điện, nước, đường giao thông đến ranh dự án",
  incentives: "Ưu đãi theo Luật Đầu tư 2020",
  socialEfficiency: "Tạo việc làm cho 60 lao động địa phương",
  dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
};

const englishOf = (id: string) => prisma.project.findUniqueOrThrow({ where: { id }, select: { nameEn: true, summaryEn: true } });

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  const unit = await prisma.organization.create({
    data: { code: "ubnd-kien-luong", name: "UBND huyện Kiên Lương", kind: "DISTRICT" },
  });
  const board = await prisma.organization.create({
    data: { code: "so-tttt", name: "Sở Thông tin và Truyền thông", kind: "DEPARTMENT" },
  });
  Object.assign(users, {
    unit: await createTestUser(prisma, "unit", "SUBMITTER", unit.id),
    reviewer: await createTestUser(prisma, "reviewer", "REVIEWER", board.id),
    admin: await createTestUser(prisma, "admin", "ADMIN", board.id),
  });
  actions = await import("./project-form-actions");
  referenceActions = await import("@/lib/reference/reference-actions");
});

beforeEach(() => {
  caller = null;
});

describe("a project's English name and summary", () => {
  it("are stored with a draft trimmed, NULL when emptied, and left alone when a save does not send them", async () => {
    caller = users.unit;
    const saved = await actions.saveProjectDraftAction({
      step: 2,
      values: { name: "Bến xe khách Hòn Chông", nameEn: completeForm.nameEn, summaryEn: completeForm.summaryEn },
    });
    if (!saved.ok) throw new Error(saved.message);
    expect(await englishOf(saved.data.id)).toEqual({
      nameEn: "Hon Chong coach station",
      summaryEn: "A class-3 coach station for visitors to Hon Chong,\nMui Nai and Ha Tien.",
    });

    const emptied = await actions.saveProjectDraftAction({
      projectId: saved.data.id,
      version: saved.data.version,
      step: 2,
      values: { nameEn: "   " },
    });
    if (!emptied.ok) throw new Error(emptied.message);
    expect(await englishOf(saved.data.id)).toEqual({
      nameEn: null,
      summaryEn: "A class-3 coach station for visitors to Hon Chong,\nMui Nai and Ha Tien.",
    });

    const tooLong = await actions.saveProjectDraftAction({
      projectId: saved.data.id,
      version: emptied.data.version,
      step: 2,
      values: { summaryEn: "x".repeat(2001) },
    });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { "values.summaryEn": ["Tối đa 2.000 ký tự"] } });
  });

  it("reach the public page, the catalogue's rows and the API once published, with the sector's and form's English names", async () => {
    caller = users.unit;
    const draft = await actions.saveProjectDraftAction({ step: 1, values: { name: completeForm.name } });
    if (!draft.ok) throw new Error(draft.message);
    const submitted = await actions.submitProjectAction({
      projectId: draft.data.id,
      version: draft.data.version,
      values: completeForm,
    });
    if (!submitted.ok) throw new Error(submitted.message);
    const { decideSubmission } = await import("@/lib/review/decide-submission");
    const { version } = await prisma.project.findUniqueOrThrow({ where: { id: draft.data.id }, select: { version: true } });
    await decideSubmission(users.reviewer, { projectId: draft.data.id, version, decision: "approve", comment: "" });
    const { slug } = await prisma.project.findUniqueOrThrow({ where: { id: draft.data.id }, select: { slug: true } });

    const { getPublicProjectPage } = await import("@/lib/catalogue/public-project-page");
    const page = await getPublicProjectPage(slug!);
    expect(page).toMatchObject({
      name: "Bến xe khách Hòn Chông",
      nameEn: "Hon Chong coach station",
      summaryEn: "A class-3 coach station for visitors to Hon Chong,\nMui Nai and Ha Tien.",
      sector: { code: "giao-thong", name: "Giao thông", nameEn: "Transport" },
      investmentForm: { code: "trong-nuoc", nameEn: "Direct investment – domestic capital" },
    });

    // An English keyword finds it too, and the card's row carries the English text.
    const { searchCatalogue } = await import("@/lib/catalogue/search-catalogue");
    const { parseCatalogueQuery } = await import("@/lib/catalogue/catalogue-query");
    const found = await searchCatalogue(parseCatalogueQuery({ q: "coach station" }));
    expect(found.items.map((item) => item.slug)).toEqual([slug]);
    expect(found.items[0]).toMatchObject({
      nameEn: "Hon Chong coach station",
      summaryEn: expect.stringContaining("class-3 coach station"),
      sector: { nameEn: "Transport" },
    });

    const { toPublicProjectJson } = await import("@/lib/catalogue/public-project-json");
    expect(toPublicProjectJson(found.items[0]!, "https://dautu.example.vn")).toMatchObject({
      nameEn: "Hon Chong coach station",
      summaryEn: expect.stringContaining("Mui Nai"),
      sector: { code: "giao-thong", name: "Giao thông", nameEn: "Transport" },
    });
  });

  it("are null on the public page of a project that has none", async () => {
    caller = users.unit;
    const draft = await actions.saveProjectDraftAction({ step: 1, values: { name: "Chợ đầu mối Kiên Lương" } });
    if (!draft.ok) throw new Error(draft.message);
    const values = { ...completeForm, name: "Chợ đầu mối Kiên Lương", nameEn: "", summaryEn: "" };
    const submitted = await actions.submitProjectAction({ projectId: draft.data.id, version: draft.data.version, values });
    if (!submitted.ok) throw new Error(submitted.message);
    const { decideSubmission } = await import("@/lib/review/decide-submission");
    const { version } = await prisma.project.findUniqueOrThrow({ where: { id: draft.data.id }, select: { version: true } });
    await decideSubmission(users.reviewer, { projectId: draft.data.id, version, decision: "approve", comment: "" });
    const { slug } = await prisma.project.findUniqueOrThrow({ where: { id: draft.data.id }, select: { slug: true } });
    const { getPublicProjectPage } = await import("@/lib/catalogue/public-project-page");
    expect(await getPublicProjectPage(slug!)).toMatchObject({ nameEn: null, summaryEn: null });
  });
});

describe("English names of the reference lists", () => {
  it("every seeded sector and investment form has one; locations have none", async () => {
    const { getReferenceData } = await import("@/lib/catalogue/reference-data");
    const reference = await getReferenceData();
    expect(reference.sectors.length).toBeGreaterThan(10);
    for (const entry of [...reference.sectors, ...reference.forms]) expect(entry.nameEn, entry.code).toMatch(/^[A-Z]/);
    expect(reference.locations[0]).not.toHaveProperty("nameEn");
  });

  it("an admin sets, changes and clears a sector's English name; only admins, and not for locations", async () => {
    const sector = await prisma.sector.findUniqueOrThrow({ where: { code: "du-lich" } });
    const input = { kind: "sector" as const, id: sector.id, name: sector.name, nameEn: " Tourism and hospitality " };

    caller = users.reviewer;
    expect((await referenceActions.renameReferenceAction(input)).ok).toBe(false);
    expect((await prisma.sector.findUniqueOrThrow({ where: { id: sector.id } })).nameEn).toBe("Tourism");

    caller = users.admin;
    expect(await referenceActions.renameReferenceAction(input)).toMatchObject({ ok: true });
    expect(await prisma.sector.findUniqueOrThrow({ where: { id: sector.id } })).toMatchObject({
      name: "Du lịch",
      nameEn: "Tourism and hospitality",
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "admin.reference.rename" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.snapshot).toEqual({ changes: { nameEn: ["Tourism", "Tourism and hospitality"] } });

    // A rename that does not send it keeps it; an empty one clears it.
    expect(
      (await referenceActions.renameReferenceAction({ kind: "sector", id: sector.id, name: "Du lịch – Nghỉ dưỡng" })).ok,
    ).toBe(true);
    expect((await prisma.sector.findUniqueOrThrow({ where: { id: sector.id } })).nameEn).toBe("Tourism and hospitality");
    expect((await referenceActions.renameReferenceAction({ ...input, name: "Du lịch", nameEn: "" })).ok).toBe(true);
    expect((await prisma.sector.findUniqueOrThrow({ where: { id: sector.id } })).nameEn).toBeNull();

    const added = await referenceActions.addReferenceAction({
      kind: "form",
      code: "ppp-bt",
      name: "PPP – BT",
      nameEn: "PPP – Build–Transfer (BT)",
    });
    expect(added.ok).toBe(true);
    expect((await prisma.investmentForm.findUniqueOrThrow({ where: { code: "ppp-bt" } })).nameEn).toBe(
      "PPP – Build–Transfer (BT)",
    );

    const location = await prisma.location.findUniqueOrThrow({ where: { code: "phu-quoc" } });
    const refused = await referenceActions.renameReferenceAction({
      kind: "location",
      id: location.id,
      name: location.name,
      nameEn: "Phu Quoc City",
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { nameEn: [expect.stringContaining("giữ tên tiếng Việt")] } });
  });
});
