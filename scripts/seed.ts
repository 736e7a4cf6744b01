// `npm run db:seed`: reference data always; demo organisations, accounts and projects only on a
// demo install (see demo-mode.ts): production installs must not carry the demo accounts.
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { seedSiteSettings } from "@/prisma/seed/seed-site-settings";
import { isDemoMode } from "./demo-mode";

const withDemo = isDemoMode();

const prisma = createPrismaClient();
try {
  await seedReferenceData(prisma);
  await seedSiteSettings(prisma);
  console.log("Đã nạp dữ liệu danh mục (ngành, địa bàn, hình thức đầu tư) và cấu hình cổng.");
  if (withDemo) {
    const summary = await seedDemoData(prisma);
    console.log(
      `Dữ liệu mẫu: ${summary.organizations} đơn vị, ${summary.users} tài khoản, ${summary.projectsCreated} dự án mới.`,
    );
  }
} catch (error) {
  console.error("Nạp dữ liệu thất bại:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
