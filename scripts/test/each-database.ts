// `tsx scripts/test/each-database.ts <command…>`: runs a test command once per database — SQLite
// always, PostgreSQL too when TEST_POSTGRES_URL names a server (CI sets it) — and fails if any run
// fails. The command learns its database from TEST_DATABASE_PROVIDER.
import { spawnSync } from "node:child_process";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("Cách dùng: tsx scripts/test/each-database.ts <lệnh kiểm thử…>");
  process.exit(2);
}

const providers = process.env.TEST_POSTGRES_URL?.trim() ? ["sqlite", "postgresql"] : ["sqlite"];
if (providers.length === 1) {
  console.log("TEST_POSTGRES_URL chưa đặt: chỉ kiểm thử trên SQLite.");
}

const failed: string[] = [];
for (const provider of providers) {
  console.log(`\n=== ${command.join(" ")} — cơ sở dữ liệu: ${provider} ===\n`);
  const result = spawnSync(command[0]!, command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_PROVIDER: provider },
  });
  if (result.status !== 0) failed.push(provider);
}
if (failed.length > 0) {
  console.error(`\nKiểm thử thất bại trên: ${failed.join(", ")}`);
  process.exit(1);
}
