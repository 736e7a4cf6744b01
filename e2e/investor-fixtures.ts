import crypto from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-client";
import { createProjectWithValues } from "@/lib/projects/project-writer";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";

/**
 * A complete draft call of the unit a demo account belongs to, ready to be sent from its last steps:
 * the browser tests of what investors do with a call start here rather than typing the whole
 * template again (project-form.spec.ts does that). Written through the app's own project writer.
 */
export async function createCompleteDraft(ownerEmail: string, name: string, unitEmail: string): Promise<string> {
  const prisma = createPrismaClient(e2eDatabaseUrl(E2E_PORT));
  try {
    const owner = await prisma.user.findUniqueOrThrow({
      where: { email: ownerEmail },
      select: { id: true, organizationId: true, organization: { select: { name: true } } },
    });
    const created = await createProjectWithValues(
      prisma,
      { organizationId: owner.organizationId!, createdById: owner.id, status: "DRAFT", formStep: 4 },
      {
        unitName: owner.organization!.name,
        unitAddress: "Số 1 Trần Phú, Rạch Giá",
        unitPhone: "0297 3862 000",
        unitEmail,
        contactName: "Trần Thị Liên Hệ",
        contactTitle: "Phó Giám đốc",
        sectorCode: "giao-thong",
        name,
        objectives: `Kêu gọi đầu tư ${name.toLowerCase()} (${crypto.randomBytes(3).toString("hex")}).`,
        investmentFormCode: "trong-nuoc",
        capitalTy: 250,
        scale: "12 ha",
        durationYears: 50,
        implementationPlan: "2027–2029",
        legalBasis: "Quyết định 123/QĐ-UBND",
        locationCodes: ["rach-gia"],
        locationText: "Phường Vĩnh Quang, thành phố Rạch Giá",
        infrastructure: "Đường nhựa, điện lưới",
        incentives: "Miễn tiền thuê đất 11 năm",
        socialEfficiency: "Tạo 200 việc làm",
        dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
      },
    );
    return created.id;
  } finally {
    await prisma.$disconnect();
  }
}
