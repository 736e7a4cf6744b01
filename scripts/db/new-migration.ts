/**
 * `npm run db:migration -- <name>`: writes <timestamp>_<name>/ into prisma/migrations (SQLite) and
 * prisma/migrations-postgresql from the changes made to prisma/schema.prisma since the last
 * migration. Needs no database.
 */
import path from "node:path";
import { REPO_ROOT } from "./migrations-folder";
import { writeNextMigration } from "./next-migration";

const USAGE = "Cách dùng: npm run db:migration -- <tên_migration>   (ví dụ: add_project_budget)";

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || rest.length > 0 || name.startsWith("-")) {
    console.error(USAGE);
    return 1;
  }
  const result = await writeNextMigration({ name });
  if (result.status === "unchanged") {
    const since = result.latestMigration ? ` so với migration cuối (${result.latestMigration})` : "";
    console.log(`Schema không có thay đổi nào${since}; không tạo migration mới.`);
    return 0;
  }
  console.log(`Đã tạo migration ${result.name}:`);
  for (const { provider, dir } of result.created) {
    const relative = path.relative(REPO_ROOT, dir);
    console.log(`  ${provider}: ${path.join(relative, "migration.sql")}`);
    console.log(`  ${provider}: ${path.join(relative, "schema.prisma")} (bản chụp schema, dùng cho migration sau)`);
  }
  console.log("Hãy đọc lại các tệp SQL, rồi chạy: npm run db:migrate");
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`Không tạo được migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
