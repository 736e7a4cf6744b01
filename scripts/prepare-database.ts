import { createPrismaClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl } from "@/lib/db/database-url";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { seedSiteSettings } from "@/prisma/seed/seed-site-settings";
import { refreshOutdatedSearchFields } from "./db/refresh-search-fields";
import { migrateDatabase } from "./db/schema-engine";
import { assertSearchTriggers, ensureSqliteSearchIndex } from "./db/search-index";
import { isDemoMode } from "./demo-mode";

/**
 * Brings the configured database up to date before the server starts: applies pending migrations,
 * adds missing reference data and the portal's settings row, recomputes search columns an older version
 * wrote, and loads the demo data into a database that has no organisation yet
 * (demo installs only, see demo-mode.ts). The keyword index's full check is verifySearchIndex's,
 * run while the server starts.
 */
export async function prepareDatabase(): Promise<void> {
  const url = databaseUrl();
  // The schema engine locks SQLite exclusively while it migrates: finish before opening a client.
  const applied = await migrateDatabase(url);
  if (applied.length > 0) console.log(`Đã áp dụng migration: ${applied.join(", ")}`);

  const prisma = createPrismaClient(url);
  try {
    if (databaseProvider(url) === "sqlite") await assertSearchTriggers(prisma);
    await seedReferenceData(prisma);
    const refreshed = await refreshOutdatedSearchFields(prisma);
    if (refreshed > 0) console.log(`Đã cập nhật dữ liệu tìm kiếm của ${refreshed} dự án theo cách tìm kiếm mới.`);
    await seedSiteSettings(prisma);
    if (isDemoMode() && (await prisma.organization.count()) === 0) {
      const summary = await seedDemoData(prisma);
      console.log(`Đã nạp dữ liệu mẫu: ${summary.projectsCreated} dự án, ${summary.users} tài khoản demo.`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * SQLite: compares the keyword index with the projects and rebuilds it if they differ (after a
 * VACUUM). It reads every row, about 2 s per 100,000 projects, so `npm start` runs it beside the
 * starting server rather than before it: readers are not blocked, and only a damaged index, already
 * wrong before the start, stays wrong those seconds longer.
 */
export async function verifySearchIndex(): Promise<void> {
  const url = databaseUrl();
  if (databaseProvider(url) !== "sqlite") return;
  const prisma = createPrismaClient(url);
  try {
    if ((await ensureSqliteSearchIndex(prisma)) === "rebuilt") {
      console.log("Chỉ mục tìm kiếm không còn khớp với dữ liệu dự án (ví dụ sau VACUUM): đã dựng lại.");
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase()
    .then(verifySearchIndex)
    .catch((error: unknown) => {
      console.error("Không chuẩn bị được cơ sở dữ liệu:", error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
