// `npm run db:backup`: a consistent copy of the database (taken while the portal runs) and of the
// uploads, in a folder of its own under BACKUP_DIR (default data/backups). See backup-restore.ts.
import path from "node:path";
import { databaseUrl } from "@/lib/db/database-url";
import { readEnv } from "@/lib/env-schema";
import { createBackup, readManifest } from "./backup-restore";

try {
  const settings = readEnv();
  const folder = await createBackup({
    databaseUrl: databaseUrl(),
    uploadDir: settings.UPLOAD_DIR,
    backupDir: settings.BACKUP_DIR,
  });
  const manifest = readManifest(folder);
  const relative = path.relative(process.cwd(), folder);
  const size = (manifest.uploads.bytes / 1_048_576).toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  console.log(
    `Đã sao lưu vào ${relative.startsWith("..") ? folder : relative}: cơ sở dữ liệu (${manifest.provider}, ` +
      `${manifest.migrations.length} migration) và ${manifest.uploads.files} tệp đính kèm (${size} MB).`,
  );
} catch (error) {
  console.error(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
