/**
 * `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (default file:./data/portal.db),
 * then recomputes search columns an older version wrote (refresh-search-fields.ts).
 * `npm run db:migrate -- --rolled-back <migration>`: after a failed migration was repaired by hand,
 * marks it rolled back so the next run applies it again (the Prisma CLI's `migrate resolve`
 * cannot run offline).
 */
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/database-url";
import { refreshOutdatedSearchFields } from "./refresh-search-fields";
import { SchemaEngineError, describeDatabase, markMigrationRolledBack, migrateDatabase } from "./schema-engine";

const USAGE = [
  "Cách dùng:",
  "  npm run db:migrate                              áp dụng các migration còn thiếu",
  "  npm run db:migrate -- --rolled-back <migration> đánh dấu một migration lỗi là đã hoàn tác",
].join("\n");

// P3009: a migration failed earlier. SQLite migrations are not transactional, so part of it may
// have run; the operator must repair by hand before anything else can apply.
const FAILED_MIGRATION_HINT =
  "Một migration trước đó đã lỗi giữa chừng. Sửa cơ sở dữ liệu bằng tay (hoặc khôi phục bản sao lưu), " +
  "rồi chạy: npm run db:migrate -- --rolled-back <tên migration> và chạy lại npm run db:migrate.";

async function main(args: string[]): Promise<number> {
  const url = databaseUrl();
  const target = describeDatabase(url);

  if (args[0] === "--rolled-back") {
    const name = args[1];
    if (name === undefined || args.length !== 2) {
      console.error(USAGE);
      return 1;
    }
    await markMigrationRolledBack(url, name);
    console.log(`Đã đánh dấu migration ${name} là đã hoàn tác (${target}).`);
    return 0;
  }
  if (args.length > 0) {
    console.error(USAGE);
    return 1;
  }

  const applied = await migrateDatabase(url);
  if (applied.length === 0) {
    console.log("Cơ sở dữ liệu đã ở phiên bản mới nhất.");
  } else {
    console.log(`Đã áp dụng ${applied.length} migration vào ${target}:`);
    for (const name of applied) console.log(`  - ${name}`);
  }
  // Servers started with PORTAL_PREPARE_DATABASE=false rely on this command for it.
  const prisma = createPrismaClient(url);
  try {
    const refreshed = await refreshOutdatedSearchFields(prisma);
    if (refreshed > 0) console.log(`Đã cập nhật dữ liệu tìm kiếm của ${refreshed} dự án theo cách tìm kiếm mới.`);
  } finally {
    await prisma.$disconnect();
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Không cập nhật được cơ sở dữ liệu (${describeDatabase(databaseUrl())}):\n${message}`);
  if (error instanceof SchemaEngineError && error.code === "P3009") console.error(FAILED_MIGRATION_HINT);
  process.exitCode = 1;
}
